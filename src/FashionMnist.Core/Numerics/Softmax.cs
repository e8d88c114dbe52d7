using System.Runtime.CompilerServices;

namespace FashionMnist.Numerics;

/// <summary>Row-wise softmax and cross-entropy, both computed from the logits with the row maximum
/// subtracted, so exp never overflows and log never sees 0.</summary>
public static class Softmax
{
    /// <summary>probabilities[r] = exp(z[r] − max z[r]) / Σ exp(z[r] − max z[r]) for each of <paramref name="rows"/> rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Rows(ReadOnlySpan<float> logits, Span<float> probabilities, int rows, int classes)
    {
        for (int r = 0; r < rows; r++)
        {
            var z = logits.Slice(r * classes, classes);
            var p = probabilities.Slice(r * classes, classes);
            // Ten classes a row: plain loops beat vector set-up.
            float max = z[VectorOps.IndexOfMax(z)];
            float sum = 0;
            for (int c = 0; c < classes; c++) sum += p[c] = MathF.Exp(z[c] - max);
            for (int c = 0; c < classes; c++) p[c] /= sum;
        }
    }

    /// <summary>
    /// Mean cross-entropy −(1/B)·Σ log P[r, y_r], as log P = z − max − log Σ exp(z − max) (log-sum-exp),
    /// accumulated in double. Also counts the rows whose arg-max is the label.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double CrossEntropy(ReadOnlySpan<float> logits, ReadOnlySpan<byte> labels, int rows, int classes,
        out int correct)
    {
        double total = 0;
        correct = 0;
        for (int r = 0; r < rows; r++)
        {
            var z = logits.Slice(r * classes, classes);
            int argMax = VectorOps.IndexOfMax(z);
            float max = z[argMax];
            double sumExp = 0;
            // Float exp (within an ulp) summed in double: a quarter of the cost of double exp, every batch.
            for (int c = 0; c < classes; c++) sumExp += MathF.Exp(z[c] - max);
            total += Math.Log(sumExp) - (z[labels[r]] - max);
            if (argMax == labels[r]) correct++;
        }
        return rows == 0 ? 0 : total / rows;
    }
}
