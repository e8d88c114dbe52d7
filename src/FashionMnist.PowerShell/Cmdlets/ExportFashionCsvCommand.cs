using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Export-FashionCsv: a dataset as the challenge's CSV (label,pixel1..pixel784; one image a row).</summary>
[Cmdlet(VerbsData.Export, "FashionCsv", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportFashionCsvCommand : FileWritingCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public FashionDataset Data { get; set; } = null!;

    /// <summary>Leave out the header line.</summary>
    [Parameter]
    public SwitchParameter NoHeader { get; set; }

    protected override string DefaultPath => "data/train.csv";
    protected override string WhatIsWritten => $"CSV of {Data.Count} images";

    protected override void ProcessRecord() => WriteFile(path => CsvDataWriter.Write(Data, path, header: !NoHeader));
}
