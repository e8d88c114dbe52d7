using System.Management.Automation;
using FashionMnist.Plots;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Export-ConfusionMatrix: the confusion matrix of a run's test set (or of a Measure-Mlp result) as a
/// heat map (fig_fm_confusion_matrix.png); a path ending in .html gives an interactive chart instead.</summary>
[Cmdlet(VerbsData.Export, "ConfusionMatrix", SupportsShouldProcess = true, DefaultParameterSetName = RunSet)]
[OutputType(typeof(FileInfo))]
public sealed class ExportConfusionMatrixCommand : EvaluationFileCmdlet
{
    [Parameter]
    public string? Title { get; set; }

    protected override string DefaultPath => "figs/fig_fm_confusion_matrix.png";
    protected override string WhatIsWritten => "confusion matrix";

    protected override void ProcessRecord()
    {
        var evaluation = ResolveEvaluation();
        WriteFile(path =>
        {
            if (IsHtml(path)) InteractiveCharts.SaveConfusionHtml(evaluation.ConfusionMatrix, path);
            else ConfusionMatrixFigure.Save(evaluation.ConfusionMatrix, path,
                Title ?? $"Confusion matrix, {evaluation.Set} set, accuracy {evaluation.Accuracy:P2}");
        });
    }
}
