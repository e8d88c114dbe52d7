namespace FashionMnist.Data;

/// <summary>Train / validation / test parts of one dataset, and how they were drawn.</summary>
public sealed record DatasetSplit(
    FashionDataset Train,
    FashionDataset Valid,
    FashionDataset Test,
    double TrainFraction,
    double ValidFraction,
    double TestFraction,
    int Seed)
{
    public override string ToString() =>
        $"DatasetSplit: train {Train.Count}, valid {Valid.Count}, test {Test.Count} (seed {Seed})";
}
