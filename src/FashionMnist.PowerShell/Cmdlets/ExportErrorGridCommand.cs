using System.Management.Automation;
using FashionMnist.Plots;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Export-ErrorGrid: the first misclassified images of a run's test set in a grid titled
/// "Real=…, Pred=…" (the challenge's fig_fm_errores_grid.png: 12 errors in 3×4).</summary>
[Cmdlet(VerbsData.Export, "ErrorGrid", SupportsShouldProcess = true, DefaultParameterSetName = RunSet)]
[OutputType(typeof(FileInfo))]
public sealed class ExportErrorGridCommand : EvaluationFileCmdlet
{
    [Parameter]
    [ValidateRange(1, 20)]
    public int Rows { get; set; } = 3;

    [Parameter]
    [ValidateRange(1, 20)]
    public int Columns { get; set; } = 4;

    protected override string DefaultPath => "figs/fig_fm_errores_grid.png";
    protected override string WhatIsWritten => "error grid";

    protected override void ProcessRecord()
    {
        var evaluation = ResolveEvaluation();
        int[] errors = evaluation.Evaluation.ErrorIndices().Take(Rows * Columns).ToArray();
        if (errors.Length == 0)
        {
            WriteWarning($"The model makes no error on the {evaluation.Set} set ({evaluation.Count} images): no grid written.");
            return;
        }
        int[] predicted = errors.Select(i => evaluation.Predictions[i]).ToArray();
        WriteFile(path => ImageGridFigure.SaveErrors(evaluation.Data, errors, predicted, Rows, Columns, path));
    }
}
