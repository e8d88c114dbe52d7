using System.Runtime.CompilerServices;
using System.Numerics;
using System.Numerics.Tensors;

namespace FashionMnist.Numerics;

/// <summary>
/// Hidden-layer activations g and their derivatives g′, named after the challenge's skeleton
/// (relu, relu_derivative…). Derivatives take z, the pre-activation, as δ = (δ⁺·Wᵀ) ⊙ g′(z) needs,
/// and multiply into the incoming gradient in place (fused: one pass instead of two).
/// </summary>
public static class Activations
{
    /// <summary>a = g(z).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply(Model.Activation activation, ReadOnlySpan<float> z, Span<float> a)
    {
        switch (activation)
        {
            case Model.Activation.ReLU: Relu(z, a); break;
            case Model.Activation.Sigmoid: TensorPrimitives.Sigmoid(z, a); break;
            case Model.Activation.Tanh: TensorPrimitives.Tanh(z, a); break;
            default: throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
        }
    }

    /// <summary>gradient ⊙= g′(z), where a = g(z) is passed too because σ′ and tanh′ are cheapest from it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyByDerivative(Model.Activation activation, ReadOnlySpan<float> z, ReadOnlySpan<float> a,
        Span<float> gradient)
    {
        switch (activation)
        {
            case Model.Activation.ReLU: MultiplyByReluDerivative(z, gradient); break;
            case Model.Activation.Sigmoid:
                for (int i = 0; i < gradient.Length; i++) gradient[i] *= a[i] * (1 - a[i]);      // σ′ = σ(1−σ)
                break;
            case Model.Activation.Tanh:
                for (int i = 0; i < gradient.Length; i++) gradient[i] *= 1 - a[i] * a[i];        // tanh′ = 1 − tanh²
                break;
            default: throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
        }
    }

    /// <summary>relu(z) = max(z, 0).</summary>
    public static void Relu(ReadOnlySpan<float> z, Span<float> a) => VectorOps.Max(z, 0f, a);

    /// <summary>relu_derivative(z) = 1 where z &gt; 0, else 0 (0 at z = 0, as NumPy's (z &gt; 0)).</summary>
    public static void ReluDerivative(ReadOnlySpan<float> z, Span<float> derivative)
    {
        for (int i = 0; i < z.Length; i++) derivative[i] = z[i] > 0 ? 1f : 0f;
    }

    /// <summary>gradient ⊙= (z &gt; 0), vectorised as a masked select (it runs on every hidden unit of every batch).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplyByReluDerivative(ReadOnlySpan<float> z, Span<float> gradient)
    {
        int i = 0;
        for (; i <= gradient.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var active = Vector.GreaterThan(new Vector<float>(z[i..]), Vector<float>.Zero);
            Vector.ConditionalSelect(active, new Vector<float>(gradient[i..]), Vector<float>.Zero).CopyTo(gradient[i..]);
        }
        for (; i < gradient.Length; i++)
            if (!(z[i] > 0)) gradient[i] = 0;
    }
}
