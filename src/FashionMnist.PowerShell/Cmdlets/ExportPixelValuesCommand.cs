using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.Plots;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Export-PixelValues: one 28×28 image with each pixel's value (0–255) printed on its cell
/// (the challenge's fig_fm_imagen_0_con_valores.png).</summary>
[Cmdlet(VerbsData.Export, "PixelValues", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportPixelValuesCommand : FileWritingCmdlet
{
    /// <summary>The dataset to draw from; omitted: the default data.</summary>
    [Parameter(ValueFromPipeline = true)]
    public FashionDataset? Data { get; set; }

    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int Index { get; set; }

    protected override string DefaultPath => "figs/fig_fm_imagen_0_con_valores.png";
    protected override string WhatIsWritten => "pixel-value figure";

    protected override void ProcessRecord()
    {
        var data = ImageSelection.DataOrDefault(this, Data);
        ImageSelection.CheckIndices(this, data, [Index]);
        WriteFile(path => PixelValuesFigure.Save(data, Index, path));
    }
}
