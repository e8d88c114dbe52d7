using System.Management.Automation;
using FashionMnist.Plots;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Export-LossPlot: loss_train and loss_val per epoch (the challenge's fig_fm_loss_train_val.png);
/// a path ending in .html gives an interactive chart instead.</summary>
[Cmdlet(VerbsData.Export, "LossPlot", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportLossPlotCommand : FileWritingCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public TrainingResult Run { get; set; } = null!;

    [Parameter]
    public string? Title { get; set; }

    protected override string DefaultPath => "figs/fig_fm_loss_train_val.png";
    protected override string WhatIsWritten => "loss plot";

    protected override void ProcessRecord() => WriteFile(path =>
    {
        if (IsHtml(path)) InteractiveCharts.SaveLossHtml(Run.History, path);
        else LossCurveFigure.Save(Run.History, path, Title ?? $"Loss per epoch, {Run.Architecture} {Run.Activation}");
    });
}
