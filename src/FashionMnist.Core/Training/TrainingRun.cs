using FashionMnist.Model;

namespace FashionMnist.Training;

/// <summary>What a call to <see cref="Trainer.Train"/> produced: the trained model, its history and how it ended.</summary>
public sealed class TrainingRun
{
    public TrainingRun(Mlp model, TrainingOptions options, IReadOnlyList<EpochRecord> history, int bestEpoch,
        bool stoppedEarly, bool cancelled, double seconds)
    {
        Model = model;
        Options = options;
        History = history;
        BestEpoch = bestEpoch;
        StoppedEarly = stoppedEarly;
        Cancelled = cancelled;
        Seconds = seconds;
    }

    public Mlp Model { get; }
    public TrainingOptions Options { get; }
    public IReadOnlyList<EpochRecord> History { get; }
    /// <summary>Epoch with the lowest validation loss (the weights kept when early stopping is on); 0 if none ran.</summary>
    public int BestEpoch { get; }
    /// <summary>Early stopping ended the run before the last epoch.</summary>
    public bool StoppedEarly { get; }
    /// <summary>Cancellation (Ctrl+C) ended the run; the model holds what was learned until then.</summary>
    public bool Cancelled { get; }
    public double Seconds { get; }
    public int EpochsRun => History.Count;
}
