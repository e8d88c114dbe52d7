namespace FashionMnist.Model;

/// <summary>
/// Buffers for one batch of up to <see cref="Capacity"/> rows, allocated once and reused for every batch:
/// the challenge's cache (a0, z0, a1, z1, a2, z2…), the probabilities P, and the backward pass's scratch.
/// A[l] is the input of layer l (A[0] = the batch X), Z[l] = A[l]·W_l + b_l, A[l+1] = g(Z[l]),
/// and P = softmax(Z[last]). Buffers are [Capacity × width], row-major; the first Rows rows are live.
/// </summary>
public sealed class ForwardCache
{
    internal ForwardCache(IReadOnlyList<int> layerSizes, int capacity, int threads)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A batch holds at least 1 row.");
        Capacity = capacity;
        Threads = Math.Max(1, threads);
        int layers = layerSizes.Count - 1;
        A = new float[layers][];
        Z = new float[layers][];
        Delta = new float[layers][];
        DropoutMask = new float[layers][];
        DropoutMasked = new float[layers][];
        for (int l = 0; l < layers; l++)
        {
            A[l] = new float[capacity * layerSizes[l]];
            Z[l] = new float[capacity * layerSizes[l + 1]];
            Delta[l] = new float[capacity * layerSizes[l + 1]];
        }
        P = new float[capacity * layerSizes[^1]];
        TransposedWeights = new float[layers][];
        for (int l = 1; l < layers; l++) TransposedWeights[l] = new float[layerSizes[l] * layerSizes[l + 1]];
    }

    public int Capacity { get; }
    /// <summary>Rows of the last forward pass.</summary>
    public int Rows { get; internal set; }
    /// <summary>Threads the matrix products may use.</summary>
    public int Threads { get; }

    /// <summary>A[l]: input of layer l (a0 = X, a1, a2…).</summary>
    public float[][] A { get; }
    /// <summary>Z[l]: pre-activation of layer l (z0, z1, z2…); the last one holds the logits.</summary>
    public float[][] Z { get; }
    /// <summary>Class probabilities of the batch, [Rows × classes].</summary>
    public float[] P { get; }

    /// <summary>The batch input to fill before <see cref="Mlp.Forward(ForwardCache, int)"/>.</summary>
    public Span<float> Input(int rows) => A[0].AsSpan(0, rows * (A[0].Length / Capacity));

    /// <summary>Inverted-dropout rate applied to hidden activations during a training forward pass (0 = off).</summary>
    internal float DropoutRate { get; set; }
    internal Numerics.SeededRandom? DropoutRandom { get; set; }
    /// <summary>Per hidden layer l ≥ 1: 0 or 1/(1−rate) for each unit of A[l], when dropout is on.</summary>
    internal float[][] DropoutMask { get; }
    /// <summary>A[l] ⊙ DropoutMask[l]: what layer l multiplies during a training pass with dropout.</summary>
    internal float[][] DropoutMasked { get; }

    /// <summary>δ of each layer, ∂loss/∂Z[l], [Capacity × outputs].</summary>
    internal float[][] Delta { get; }
    /// <summary>Wᵀ of layers l ≥ 1, refreshed in each backward pass so δ·Wᵀ reads rows, not strided columns.</summary>
    internal float[][] TransposedWeights { get; }
}
