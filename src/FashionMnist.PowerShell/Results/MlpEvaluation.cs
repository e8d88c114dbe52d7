using FashionMnist.Data;
using FashionMnist.Evaluation;

namespace FashionMnist.PowerShell;

/// <summary>Which part of a run's split to measure.</summary>
public enum SplitPart
{
    Train,
    Valid,
    Test,
}

/// <summary>Precision, recall and F1 of one class, read from a confusion matrix.</summary>
public sealed record ClassMetrics(int Label, string Name, int Support, double Precision, double Recall, double F1);

/// <summary>What Measure-Mlp outputs: accuracy, loss, confusion matrix and per-class metrics on one set,
/// plus the core evaluation (predictions, probabilities) for Export-ErrorGrid and further analysis.</summary>
public sealed class MlpEvaluation
{
    public MlpEvaluation(ModelEvaluation evaluation, string architecture)
    {
        Evaluation = evaluation;
        Architecture = architecture;
        var confusion = evaluation.Confusion;
        PerClass = Enumerable.Range(0, confusion.Classes)
            .Select(c => new ClassMetrics(c, ClassNames.Of(c), confusion.ActualCount(c), confusion.Precision(c),
                confusion.Recall(c), confusion.F1(c)))
            .ToArray();
    }

    /// <summary>A run's final model measured on one part of the split it trained on.</summary>
    public static MlpEvaluation Of(TrainingResult run, SplitPart part, int threads)
    {
        var data = part switch
        {
            SplitPart.Train => run.Split.Train,
            SplitPart.Valid => run.Split.Valid,
            _ => run.Split.Test,
        };
        return new MlpEvaluation(ModelEvaluation.Of(run.Model, data, part.ToString(), threads), run.Architecture);
    }

    public ModelEvaluation Evaluation { get; }
    public string Set => Evaluation.Set;
    public string Architecture { get; }
    public int Count => Evaluation.Count;
    public int Errors => Evaluation.Count - Evaluation.Confusion.Correct;
    public double Accuracy => Evaluation.Accuracy;
    public double Loss => Evaluation.Loss;
    public ConfusionMatrix ConfusionMatrix => Evaluation.Confusion;
    public IReadOnlyList<ClassMetrics> PerClass { get; }
    public FashionDataset Data => Evaluation.Data;
    public int[] Predictions => Evaluation.Predictions;

    public override string ToString() => Evaluation.ToString();
}
