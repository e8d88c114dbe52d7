using FashionMnist.Data;
using FashionMnist.Model;
using FashionMnist.Numerics;

namespace FashionMnist.Evaluation;

/// <summary>Predictions, probabilities and loss of a model over a whole dataset.</summary>
public sealed record InferenceResult(int[] Predictions, float[] Probabilities, double Loss, int Correct)
{
    public double Accuracy => Predictions.Length == 0 ? 0 : (double)Correct / Predictions.Length;
}

/// <summary>Runs a model forward over a dataset in chunks, with dropout off.</summary>
public static class Inference
{
    /// <summary>Rows per forward pass: big enough to keep the kernels busy, small enough to stay in cache.</summary>
    public const int ChunkRows = 1000;

    public static InferenceResult Run(Mlp model, FashionDataset data, int threads = 1, ForwardCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        if (model.Inputs != FashionDataset.Pixels)
            throw new ArgumentException($"The model takes {model.Inputs} inputs; images have {FashionDataset.Pixels} pixels.", nameof(model));
        cache ??= model.CreateCache(Math.Min(ChunkRows, Math.Max(1, data.Count)), threads);
        int classes = model.Classes;
        var predictions = new int[data.Count];
        var probabilities = new float[data.Count * classes];
        double lossSum = 0;
        int correct = 0;
        for (int start = 0; start < data.Count; start += cache.Capacity)
        {
            int rows = Math.Min(cache.Capacity, data.Count - start);
            Preprocessing.NormalizeRange(data, start, rows, cache.Input(rows));
            var p = model.Forward(cache, rows);
            p.CopyTo(probabilities.AsSpan(start * classes));
            lossSum += Softmax.CrossEntropy(cache.Z[^1], data.LabelBytes.Slice(start, rows), rows, classes, out int ok) * rows;
            correct += ok;
            for (int r = 0; r < rows; r++)
                predictions[start + r] = VectorOps.IndexOfMax(p.Slice(r * classes, classes));
        }
        return new InferenceResult(predictions, probabilities, data.Count == 0 ? 0 : lossSum / data.Count, correct);
    }
}
