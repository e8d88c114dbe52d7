using FashionMnist.Data;

namespace FashionMnist.Evaluation;

/// <summary>Counts[actual, predicted] over one set, with the per-class metrics read from it.</summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] _counts;

    public ConfusionMatrix(int[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.GetLength(0) != counts.GetLength(1))
            throw new ArgumentException($"A confusion matrix is square; got {counts.GetLength(0)}×{counts.GetLength(1)}.");
        _counts = (int[,])counts.Clone();
    }

    /// <summary>Tallies actual[i] against predicted[i].</summary>
    public static ConfusionMatrix FromPredictions(ReadOnlySpan<byte> actual, ReadOnlySpan<int> predicted,
        int classes = ClassNames.Count)
    {
        if (actual.Length != predicted.Length)
            throw new ArgumentException($"{actual.Length} labels but {predicted.Length} predictions.");
        var counts = new int[classes, classes];
        for (int i = 0; i < actual.Length; i++) counts[actual[i], predicted[i]]++;
        return new ConfusionMatrix(counts);
    }

    public int Classes => _counts.GetLength(0);
    public int this[int actual, int predicted] => _counts[actual, predicted];
    public int[,] ToArray() => (int[,])_counts.Clone();

    public int Total
    {
        get
        {
            int total = 0;
            foreach (int c in _counts) total += c;
            return total;
        }
    }

    public int Correct
    {
        get
        {
            int correct = 0;
            for (int c = 0; c < Classes; c++) correct += _counts[c, c];
            return correct;
        }
    }

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public int ActualCount(int cls) => Enumerable.Range(0, Classes).Sum(p => _counts[cls, p]);
    public int PredictedCount(int cls) => Enumerable.Range(0, Classes).Sum(a => _counts[a, cls]);

    /// <summary>Of the images predicted as <paramref name="cls"/>, the share that are (0 when none are).</summary>
    public double Precision(int cls) => SafeRatio(_counts[cls, cls], PredictedCount(cls));

    /// <summary>Of the images of <paramref name="cls"/>, the share predicted as such.</summary>
    public double Recall(int cls) => SafeRatio(_counts[cls, cls], ActualCount(cls));

    public double F1(int cls)
    {
        double p = Precision(cls), r = Recall(cls);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Off-diagonal cells, largest first: the typical confusions.</summary>
    public IReadOnlyList<ConfusedPair> MostConfused(int top = 5)
    {
        var pairs = new List<ConfusedPair>();
        for (int a = 0; a < Classes; a++)
            for (int p = 0; p < Classes; p++)
                if (a != p && _counts[a, p] > 0) pairs.Add(new ConfusedPair(a, p, _counts[a, p]));
        return pairs.OrderByDescending(x => x.Count).ThenBy(x => x.Actual).ThenBy(x => x.Predicted).Take(top).ToList();
    }

    private static double SafeRatio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>Images of class Actual predicted as class Predicted.</summary>
public sealed record ConfusedPair(int Actual, int Predicted, int Count)
{
    public string ActualName => ClassNames.Of(Actual);
    public string PredictedName => ClassNames.Of(Predicted);
}
