namespace FashionMnist.Model;

/// <summary>∂loss/∂W and ∂loss/∂b of every layer, the same shapes as the model's parameters (dW/W pairs).</summary>
public sealed class Gradients
{
    internal Gradients(IReadOnlyList<DenseLayer> layers)
    {
        Weights = layers.Select(l => new float[l.Weights.Length]).ToArray();
        Biases = layers.Select(l => new float[l.Biases.Length]).ToArray();
    }

    public float[][] Weights { get; }
    public float[][] Biases { get; }
}
