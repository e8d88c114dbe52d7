namespace FashionMnist.Training;

/// <summary>Reported after every mini-batch, for progress bars.</summary>
public readonly record struct BatchProgress(int Epoch, int Epochs, int Batch, int BatchesPerEpoch, double Loss);
