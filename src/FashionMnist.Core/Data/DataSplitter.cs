using FashionMnist.Numerics;

namespace FashionMnist.Data;

/// <summary>The challenge's step 2c: shuffle the indices with a seed, then cut train/valid/test.</summary>
public static class DataSplitter
{
    public const int DefaultSeed = 100;

    /// <summary>
    /// Splits by one seeded permutation: the first ⌊n·train⌋ shuffled indices are the training part,
    /// the next ⌊n·valid⌋ the validation part, the rest the test part (so 60,000 → 48,000/6,000/6,000).
    /// </summary>
    public static DatasetSplit Split(FashionDataset data, double train = 0.8, double valid = 0.1, double test = 0.1,
        int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ValidateFractions(train, valid, test);

        int n = data.Count;
        int nTrain = (int)Math.Floor(n * train + 1e-9);
        int nValid = (int)Math.Floor(n * valid + 1e-9);
        int[] order = SeededRandom.ForPurpose(seed, "split").Permutation(n);
        var span = order.AsSpan();
        return new DatasetSplit(
            data.Subset(span[..nTrain], $"{data.Source} [train]"),
            data.Subset(span.Slice(nTrain, nValid), $"{data.Source} [valid]"),
            data.Subset(span[(nTrain + nValid)..], $"{data.Source} [test]"),
            train, valid, test, seed);
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless the fractions are each 0–1, sum to 1 and train is above 0.</summary>
    public static void ValidateFractions(double train, double valid, double test)
    {
        CheckFraction(train, nameof(train));
        CheckFraction(valid, nameof(valid));
        CheckFraction(test, nameof(test));
        double sum = train + valid + test;
        if (Math.Abs(sum - 1) > 1e-6)
            throw new ArgumentException(
                $"Split fractions must sum to 1; found train {train} + valid {valid} + test {test} = {Math.Round(sum, 6)}.", nameof(test));
        if (train == 0) throw new ArgumentException("The training fraction must be above 0; found 0.", nameof(train));
    }

    private static void CheckFraction(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0 || value > 1)
            throw new ArgumentOutOfRangeException(name, value, "A split fraction is a number from 0 to 1.");
    }
}
