using System.Management.Automation;
using FashionMnist.Plots;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Export-ConfusionMatrix: the confusion matrix of a run's test set (or of a Measure-Mlp result) as a
/// heat map (fig_fm_confusion_matrix.png); a path ending in .html gives an interactive chart instead.</summary>
[Cmdlet(VerbsData.Export, "ConfusionMatrix", SupportsShouldProcess = true, DefaultParameterSetName = EvaluationInput.RunSet)]
[OutputType(typeof(FileInfo))]
public sealed class ExportConfusionMatrixCommand : FileWritingCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = EvaluationInput.RunSet)]
    public TrainingResult Run { get; set; } = null!;

    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = EvaluationInput.EvaluationSet)]
    public MlpEvaluation Evaluation { get; set; } = null!;

    /// <summary>Which part of the run's split to measure.</summary>
    [Parameter(ParameterSetName = EvaluationInput.RunSet)]
    public SplitPart Set { get; set; } = SplitPart.Test;

    [Parameter]
    public string? Title { get; set; }

    protected override string DefaultPath => "figs/fig_fm_confusion_matrix.png";
    protected override string WhatIsWritten => "confusion matrix";

    protected override void ProcessRecord()
    {
        var evaluation = EvaluationInput.Resolve(ParameterSetName, Run, Evaluation, Set);
        WriteFile(path =>
        {
            if (IsHtml(path)) InteractiveCharts.SaveConfusionHtml(evaluation.ConfusionMatrix, path);
            else ConfusionMatrixFigure.Save(evaluation.ConfusionMatrix, path,
                Title ?? $"Confusion matrix, {evaluation.Set} set, accuracy {evaluation.Accuracy:P2}");
        });
    }
}
