using FashionMnist.PowerShell;

namespace FashionMnist.PowerShell.Infrastructure;

/// <summary>Export-ConfusionMatrix and Export-ErrorGrid take either a run (measured here on one part of its
/// split) or a ready Measure-Mlp result; this picks the evaluation from whichever was bound.</summary>
internal static class EvaluationInput
{
    public const string RunSet = "Run";
    public const string EvaluationSet = "Evaluation";

    public static MlpEvaluation Resolve(string parameterSet, TrainingResult? run, MlpEvaluation? evaluation, SplitPart part) =>
        parameterSet == RunSet ? MlpEvaluation.Of(run!, part, Environment.ProcessorCount) : evaluation!;
}
