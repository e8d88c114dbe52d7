using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.Plots;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Export-SampleGrid: images in a grid titled with their class names (the challenge's
/// fig_fm_10_ejemplos.png: the first 10 images in 2×5).</summary>
[Cmdlet(VerbsData.Export, "SampleGrid", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportSampleGridCommand : FileWritingCmdlet
{
    /// <summary>The dataset to draw from; omitted: the default data.</summary>
    [Parameter(ValueFromPipeline = true)]
    public FashionDataset? Data { get; set; }

    /// <summary>Which images; omitted: the first Rows × Columns.</summary>
    [Parameter]
    [ValidateCount(1, 400)]
    public int[]? Index { get; set; }

    [Parameter]
    [ValidateRange(1, 20)]
    public int Rows { get; set; } = 2;

    [Parameter]
    [ValidateRange(1, 20)]
    public int Columns { get; set; } = 5;

    [Parameter]
    public string? Title { get; set; }

    protected override string DefaultPath => "figs/fig_fm_10_ejemplos.png";
    protected override string WhatIsWritten => "sample grid";

    protected override void ProcessRecord()
    {
        var data = ImageSelection.DataOrDefault(this, Data);
        int[] indices = Index ?? Enumerable.Range(0, Math.Min(Rows * Columns, data.Count)).ToArray();
        ImageSelection.CheckIndices(this, data, indices);
        WriteFile(path => ImageGridFigure.SaveSamples(data, indices, Rows, Columns, path, Title));
    }
}
