using System.Numerics.Tensors;

namespace FashionMnist.Numerics;

/// <summary>Row-wise softmax and cross-entropy, both computed from the logits with the row maximum
/// subtracted, so exp never overflows and log never sees 0.</summary>
public static class Softmax
{
    /// <summary>probabilities[r] = exp(z[r] − max z[r]) / Σ exp(z[r] − max z[r]) for each of <paramref name="rows"/> rows.</summary>
    public static void Rows(ReadOnlySpan<float> logits, Span<float> probabilities, int rows, int classes)
    {
        for (int r = 0; r < rows; r++)
        {
            var z = logits.Slice(r * classes, classes);
            var p = probabilities.Slice(r * classes, classes);
            float max = TensorPrimitives.Max(z);
            TensorPrimitives.Subtract(z, max, p);
            TensorPrimitives.Exp(p, p);
            float sum = TensorPrimitives.Sum(p);
            TensorPrimitives.Divide(p, sum, p);
        }
    }

    /// <summary>
    /// Mean cross-entropy −(1/B)·Σ log P[r, y_r], as log P = z − max − log Σ exp(z − max) (log-sum-exp),
    /// accumulated in double. Also counts the rows whose arg-max is the label.
    /// </summary>
    public static double CrossEntropy(ReadOnlySpan<float> logits, ReadOnlySpan<byte> labels, int rows, int classes,
        out int correct)
    {
        double total = 0;
        correct = 0;
        for (int r = 0; r < rows; r++)
        {
            var z = logits.Slice(r * classes, classes);
            int argMax = TensorPrimitives.IndexOfMax(z);
            float max = z[argMax];
            double sumExp = 0;
            for (int c = 0; c < classes; c++) sumExp += Math.Exp(z[c] - max);
            total += Math.Log(sumExp) - (z[labels[r]] - max);
            if (argMax == labels[r]) correct++;
        }
        return rows == 0 ? 0 : total / rows;
    }
}
