using FashionMnist.Data;
using FashionMnist.Model;

namespace FashionMnist.Evaluation;

/// <summary>How a model does on one named set: accuracy, loss, confusion matrix and every prediction.</summary>
public sealed class ModelEvaluation
{
    public ModelEvaluation(string set, FashionDataset data, InferenceResult result)
    {
        Set = set;
        Data = data;
        Predictions = result.Predictions;
        Probabilities = result.Probabilities;
        Loss = result.Loss;
        Accuracy = result.Accuracy;
        Confusion = ConfusionMatrix.FromPredictions(data.LabelBytes, result.Predictions);
    }

    /// <summary>Train, Valid, Test, or a description.</summary>
    public string Set { get; }
    public FashionDataset Data { get; }
    public int Count => Data.Count;
    public double Accuracy { get; }
    public double Loss { get; }
    public ConfusionMatrix Confusion { get; }
    public int[] Predictions { get; }
    /// <summary>[Count × classes] probabilities, row-major.</summary>
    public float[] Probabilities { get; }

    /// <summary>Indices of the misclassified images, in dataset order.</summary>
    public int[] ErrorIndices() =>
        Enumerable.Range(0, Count).Where(i => Predictions[i] != Data.Label(i)).ToArray();

    public static ModelEvaluation Of(Mlp model, FashionDataset data, string set, int threads = 1) =>
        new(set, data, Inference.Run(model, data, threads));

    public override string ToString() => $"{Set}: accuracy {Accuracy:P2} on {Count} images, loss {Loss:F4}";
}
