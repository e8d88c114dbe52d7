namespace FashionMnist.Training;

/// <summary>The loss became NaN or infinite: the run is not a result. Carries where it happened
/// and the history up to then, so the caller can show what led to it.</summary>
public sealed class TrainingDivergedException : Exception
{
    public TrainingDivergedException(int epoch, int batch, double loss, double learningRate, IReadOnlyList<EpochRecord> history)
        : base($"Training diverged: the loss became {loss} at epoch {epoch}, batch {batch} " +
               $"(learning rate {learningRate}). Try a smaller learning rate.")
    {
        Epoch = epoch;
        Batch = batch;
        Loss = loss;
        History = history;
    }

    public int Epoch { get; }
    public int Batch { get; }
    public double Loss { get; }
    public IReadOnlyList<EpochRecord> History { get; }
}
