namespace FashionMnist.Training;

/// <summary>One line of the training history (the challenge's loss_train / loss_val, and more).</summary>
public sealed record EpochRecord(
    int Epoch,
    double TrainLoss,
    double ValidLoss,
    double TrainAccuracy,
    double ValidAccuracy,
    double LearningRate,
    double Seconds);
