using FashionMnist.Data;
using FashionMnist.Model;
using FashionMnist.Training;

namespace FashionMnist.PowerShell;

/// <summary>How a training run ended, in words a table can show.</summary>
public enum TrainingOutcome
{
    Completed,
    EarlyStopped,
    Cancelled,
}

/// <summary>
/// What Invoke-Training passes down the pipeline: the core run plus the split it trained on, so
/// Measure-Mlp -Set Test, Export-ConfusionMatrix and Export-ErrorGrid need nothing but this object.
/// Train/valid accuracies are measured on the final weights (the ones kept), not averaged over an epoch.
/// </summary>
public sealed class TrainingResult
{
    public TrainingResult(TrainingRun run, DatasetSplit split, double trainAccuracy, double validAccuracy)
    {
        Run = run;
        Split = split;
        TrainAccuracy = trainAccuracy;
        ValidAccuracy = validAccuracy;
    }

    public TrainingRun Run { get; }
    public DatasetSplit Split { get; }
    public Mlp Model => Run.Model;
    public TrainingOptions Options => Run.Options;
    public string Architecture => Run.Model.Architecture;
    public Activation Activation => Run.Model.Activation;
    public OptimizerKind Optimizer => Run.Options.Optimizer;
    public double LearningRate => Run.Options.LearningRate;
    /// <summary>Epochs completed (fewer than asked when stopped early or cancelled).</summary>
    public int Epochs => Run.EpochsRun;
    public int BestEpoch => Run.BestEpoch;
    public double TrainAccuracy { get; }
    public double ValidAccuracy { get; }
    public double TrainLoss => Run.History.Count > 0 ? Run.History[^1].TrainLoss : double.NaN;
    public double ValidLoss => Run.History.Count > 0 ? Run.History[^1].ValidLoss : double.NaN;
    public TrainingOutcome Stopped =>
        Run.Cancelled ? TrainingOutcome.Cancelled : Run.StoppedEarly ? TrainingOutcome.EarlyStopped : TrainingOutcome.Completed;
    public double Seconds => Run.Seconds;
    public IReadOnlyList<EpochRecord> History => Run.History;
    public int Seed => Run.Options.Seed;

    public override string ToString() =>
        $"{Architecture} {Activation}: {Epochs} epochs, train {TrainAccuracy:P2}, valid {ValidAccuracy:P2} ({Stopped})";
}
