namespace FashionMnist.Model;

/// <summary>One fully connected layer z = a·W + b. W is [Inputs × Outputs], row-major, as in the
/// challenge (W0 is 784×64), so a batch's forward product is a plain row-major matrix product.</summary>
public sealed class DenseLayer
{
    public DenseLayer(int inputs, int outputs)
    {
        if (inputs < 1) throw new ArgumentOutOfRangeException(nameof(inputs), inputs, "A layer needs at least 1 input.");
        if (outputs < 1) throw new ArgumentOutOfRangeException(nameof(outputs), outputs, "A layer needs at least 1 output.");
        Inputs = inputs;
        Outputs = outputs;
        Weights = new float[checked(inputs * outputs)];
        Biases = new float[outputs];
    }

    public int Inputs { get; }
    public int Outputs { get; }
    /// <summary>W[i, j] = Weights[i·Outputs + j].</summary>
    public float[] Weights { get; }
    public float[] Biases { get; }
    public int ParameterCount => Weights.Length + Biases.Length;

    public override string ToString() => $"Dense {Inputs}×{Outputs} ({ParameterCount} parameters)";
}
