namespace FashionMnist.Model;

/// <summary>The hidden layers' non-linearity g (the output layer is always softmax).</summary>
public enum Activation
{
    ReLU,
    Sigmoid,
    Tanh,
}

/// <summary>How initial weights are drawn; biases always start at 0.</summary>
public enum WeightInit
{
    /// <summary>N(0,1)·scale, the challenge's "small weights" (scale 0.01).</summary>
    Normal,
    /// <summary>N(0,1)·√(2/fan_in), suited to ReLU.</summary>
    He,
    /// <summary>N(0,1)·√(2/(fan_in+fan_out)), suited to Sigmoid and Tanh.</summary>
    Xavier,
}
