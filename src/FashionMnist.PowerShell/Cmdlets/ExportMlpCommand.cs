using System.Management.Automation;
using FashionMnist.Model;
using FashionMnist.Persistence;
using FashionMnist.PowerShell.Infrastructure;
using FashionMnist.Training;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Export-Mlp: saves a model (weights, architecture, training settings) to a checksummed .fmlp file.</summary>
[Cmdlet(VerbsData.Export, "Mlp", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportMlpCommand : FileWritingCmdlet
{
    /// <summary>The model; a run from Invoke-Training binds its Model (and Options) by property name.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public Mlp Model { get; set; } = null!;

    /// <summary>Training settings recorded in the file.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TrainingOptions? Options { get; set; }

    protected override string DefaultPath => "model.fmlp";
    protected override string WhatIsWritten => $"model {Model.Architecture}";

    protected override void ProcessRecord() => WriteFile(path => ModelFile.Save(Model, path, Options));
}
