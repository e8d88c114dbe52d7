using System.Management.Automation;
using FashionMnist.Training;

namespace FashionMnist.PowerShell.Infrastructure;

/// <summary>
/// A file-writing cmdlet that draws one evaluation (Export-ConfusionMatrix, Export-ErrorGrid): it takes either a
/// run, measured here on one part of its split, or a ready Measure-Mlp result.
/// </summary>
public abstract class EvaluationFileCmdlet : FileWritingCmdlet
{
    public const string RunSet = "Run";
    public const string EvaluationSet = "Evaluation";

    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = RunSet)]
    public TrainingResult Run { get; set; } = null!;

    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = EvaluationSet)]
    public MlpEvaluation Evaluation { get; set; } = null!;

    /// <summary>Which part of the run's split to measure.</summary>
    [Parameter(ParameterSetName = RunSet)]
    public SplitPart Set { get; set; } = SplitPart.Test;

    /// <summary>The evaluation from whichever input was bound.</summary>
    protected MlpEvaluation ResolveEvaluation() =>
        ParameterSetName == RunSet ? MlpEvaluation.Of(Run, Set, new TrainingOptions().Threads) : Evaluation;
}
