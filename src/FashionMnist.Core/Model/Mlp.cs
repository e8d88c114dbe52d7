using System.Runtime.CompilerServices;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Numerics;

namespace FashionMnist.Model;

/// <summary>
/// A multilayer perceptron: dense layers with activation g between them and softmax at the end,
/// trained with cross-entropy. The methods follow the challenge's skeleton:
/// <see cref="Create"/> is init_params, <see cref="Forward(ForwardCache, int)"/> is forward (P and the cache),
/// <see cref="Backward"/> is backward; the optimisers in Training/ are update.
/// </summary>
public sealed class Mlp
{
    public const int DefaultInputs = FashionDataset.Pixels;
    public const int DefaultClasses = ClassNames.Count;
    public static readonly IReadOnlyList<int> DefaultHidden = [64, 32];

    private readonly DenseLayer[] _layers;
    private readonly int[] _sizes;

    /// <summary>A model with all weights and biases 0; <see cref="Create"/> draws the initial weights.</summary>
    /// <param name="layerSizes">Widths from input to output, e.g. 784, 64, 32, 10.</param>
    public Mlp(IReadOnlyList<int> layerSizes, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        if (layerSizes.Count < 2)
            throw new ArgumentException($"An MLP needs an input and an output size; got {layerSizes.Count} sizes.", nameof(layerSizes));
        for (int i = 0; i < layerSizes.Count; i++)
            if (layerSizes[i] < 1)
                throw new ArgumentOutOfRangeException(nameof(layerSizes), layerSizes[i],
                    $"Layer size {i} is {layerSizes[i]}; every layer needs at least 1 unit.");
        if (!Enum.IsDefined(activation)) throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
        _sizes = layerSizes.ToArray();
        _layers = new DenseLayer[_sizes.Length - 1];
        for (int l = 0; l < _layers.Length; l++) _layers[l] = new DenseLayer(_sizes[l], _sizes[l + 1]);
        Activation = activation;
    }

    /// <summary>
    /// init_params: weights W_l drawn in layer order, row-major, from N(0,1) times a scale
    /// (the given <paramref name="scale"/> for <see cref="WeightInit.Normal"/>, √(2/fan_in) for He,
    /// √(2/(fan_in+fan_out)) for Xavier); biases 0.
    /// </summary>
    public static Mlp Create(IReadOnlyList<int>? hidden = null, Activation activation = Activation.ReLU,
        WeightInit init = WeightInit.Normal, double scale = 0.01, int seed = 100,
        int inputs = DefaultInputs, int classes = DefaultClasses)
    {
        hidden ??= DefaultHidden;
        if (init == WeightInit.Normal && !(double.IsFinite(scale) && scale > 0))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The initial weight scale must be a finite number above 0.");
        var model = new Mlp([inputs, .. hidden, classes], activation);
        var random = SeededRandom.ForPurpose(seed, "init");
        foreach (var layer in model._layers)
        {
            double std = init switch
            {
                WeightInit.Normal => scale,
                WeightInit.He => Math.Sqrt(2.0 / layer.Inputs),
                WeightInit.Xavier => Math.Sqrt(2.0 / (layer.Inputs + layer.Outputs)),
                _ => throw new ArgumentOutOfRangeException(nameof(init), init, "Unknown initialisation."),
            };
            for (int i = 0; i < layer.Weights.Length; i++) layer.Weights[i] = (float)(random.NextGaussian() * std);
        }
        return model;
    }

    public Activation Activation { get; }
    /// <summary>Widths from input to output, e.g. [784, 64, 32, 10].</summary>
    public IReadOnlyList<int> LayerSizes => _sizes;
    public IReadOnlyList<int> HiddenSizes => _sizes[1..^1];
    public IReadOnlyList<DenseLayer> Layers => _layers;
    public int Inputs => _sizes[0];
    public int Classes => _sizes[^1];
    public int ParameterCount => _layers.Sum(l => l.ParameterCount);

    /// <summary>"784-64-32-10".</summary>
    public string Architecture => string.Join('-', _sizes);

    public ForwardCache CreateCache(int batchCapacity, int threads = 1) => new(_sizes, batchCapacity, threads);
    public Gradients CreateGradients() => new(_layers);

    /// <summary>A deep copy (same sizes, activation and parameters).</summary>
    public Mlp Clone()
    {
        var copy = new Mlp(_sizes, Activation);
        copy.CopyParametersFrom(this);
        return copy;
    }

    /// <summary>Overwrites this model's parameters with <paramref name="other"/>'s (same architecture).</summary>
    public void CopyParametersFrom(Mlp other)
    {
        if (!other._sizes.AsSpan().SequenceEqual(_sizes))
            throw new ArgumentException($"Cannot copy a {other.Architecture} model into a {Architecture} one.", nameof(other));
        for (int l = 0; l < _layers.Length; l++)
        {
            other._layers[l].Weights.CopyTo(_layers[l].Weights, 0);
            other._layers[l].Biases.CopyTo(_layers[l].Biases, 0);
        }
    }

    /// <summary>forward on <paramref name="x"/> ([rows × Inputs]): copies it into the cache, then runs the layers.</summary>
    public ReadOnlySpan<float> Forward(ReadOnlySpan<float> x, int rows, ForwardCache cache)
    {
        CheckRows(rows, cache);
        if (x.Length != rows * Inputs) throw new ArgumentException($"X must be {rows}×{Inputs} = {rows * Inputs} values; got {x.Length}.", nameof(x));
        x.CopyTo(cache.Input(rows));
        return Forward(cache, rows);
    }

    /// <summary>
    /// forward on the batch already in <see cref="ForwardCache.Input"/>: for each layer
    /// Z[l] = A[l]·W_l + b_l, then A[l+1] = g(Z[l]) for hidden layers and P = softmax(Z[last]).
    /// Returns P, [rows × Classes].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<float> Forward(ForwardCache cache, int rows)
    {
        CheckRows(rows, cache);
        cache.Rows = rows;
        for (int l = 0; l < _layers.Length; l++)
        {
            var layer = _layers[l];
            var input = LayerInput(cache, l, rows);
            var z = cache.Z[l].AsSpan(0, rows * layer.Outputs);
            Gemm.Multiply(input, layer.Weights, z, rows, layer.Outputs, layer.Inputs, cache.Threads);
            for (int r = 0; r < rows; r++)
            {
                var zRow = z.Slice(r * layer.Outputs, layer.Outputs);
                VectorOps.Add(zRow, layer.Biases, zRow);
            }
            if (l < _layers.Length - 1)
            {
                var a = cache.A[l + 1].AsSpan(0, rows * layer.Outputs);
                Activations.Apply(Activation, z, a);
                if (cache.DropoutRate > 0) DropUnits(cache, l + 1, a);
            }
        }
        var p = cache.P.AsSpan(0, rows * Classes);
        Softmax.Rows(cache.Z[^1], p, rows, Classes);
        return p;
    }

    /// <summary>
    /// backward: gradients of the mean cross-entropy of the last forward pass against <paramref name="labels"/>.
    /// δ_L = (P − Y)/B; for each layer dW_l = A[l]ᵀ·δ_l, db_l = Σ_rows δ_l; then δ_(l−1) = (δ_l·W_lᵀ) ⊙ g′(Z[l−1]).
    /// Gradients are overwritten, not accumulated.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Backward(ForwardCache cache, ReadOnlySpan<byte> labels, Gradients gradients)
    {
        int rows = cache.Rows;
        if (rows == 0) throw new InvalidOperationException("Backward needs a forward pass first.");
        if (labels.Length != rows) throw new ArgumentException($"{rows} rows need {rows} labels; got {labels.Length}.", nameof(labels));
        int last = _layers.Length - 1;

        // δ_L = (P − Y) / B, with Y one-hot: subtract 1 at each row's label.
        var delta = cache.Delta[last].AsSpan(0, rows * Classes);
        cache.P.AsSpan(0, rows * Classes).CopyTo(delta);
        for (int r = 0; r < rows; r++) delta[r * Classes + labels[r]] -= 1f;
        VectorOps.Multiply(delta, 1f / rows, delta);

        for (int l = last; l >= 0; l--)
        {
            var layer = _layers[l];
            var deltaL = cache.Delta[l].AsSpan(0, rows * layer.Outputs);
            // dW = A[l]ᵀ·δ: A[l] is [rows × Inputs], read transposed in place.
            Gemm.MultiplyTransposedA(LayerInput(cache, l, rows), deltaL, gradients.Weights[l],
                layer.Inputs, layer.Outputs, rows, cache.Threads);
            SumRows(deltaL, rows, gradients.Biases[l]);
            if (l == 0) break;

            var wT = cache.TransposedWeights[l];
            Transpose(layer.Weights, wT, layer.Inputs, layer.Outputs);
            var deltaPrevious = cache.Delta[l - 1].AsSpan(0, rows * layer.Inputs);
            Gemm.Multiply(deltaL, wT, deltaPrevious, rows, layer.Inputs, layer.Outputs, cache.Threads);
            if (cache.DropoutRate > 0) VectorOps.Multiply(deltaPrevious, cache.DropoutMask[l].AsSpan(0, deltaPrevious.Length), deltaPrevious);
            Activations.MultiplyByDerivative(Activation, cache.Z[l - 1].AsSpan(0, deltaPrevious.Length),
                cache.A[l].AsSpan(0, deltaPrevious.Length), deltaPrevious);
        }
    }

    /// <summary>Most likely class of each image, evaluated in chunks (dropout off).</summary>
    public int[] Predict(FashionDataset data, int threads = 1) => Inference.Run(this, data, threads).Predictions;

    public override string ToString() => $"Mlp {Architecture} ({Activation}, {ParameterCount} parameters)";

    /// <summary>What layer l multiplies: the batch, or the previous activation (after dropout, when on).</summary>
    private static ReadOnlySpan<float> LayerInput(ForwardCache cache, int l, int rows)
    {
        int width = cache.A[l].Length / cache.Capacity;
        var source = l > 0 && cache.DropoutRate > 0 ? cache.DropoutMasked[l] : cache.A[l];
        return source.AsSpan(0, rows * width);
    }

    /// <summary>Inverted dropout: each unit kept with probability 1−p and scaled by 1/(1−p), so evaluation needs no rescaling.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DropUnits(ForwardCache cache, int l, ReadOnlySpan<float> activation)
    {
        var random = cache.DropoutRandom ?? throw new InvalidOperationException("Dropout needs a random source.");
        var mask = cache.DropoutMask[l] ??= new float[cache.A[l].Length];
        var masked = cache.DropoutMasked[l] ??= new float[cache.A[l].Length];
        float keep = 1f - cache.DropoutRate, scale = 1f / keep;
        // One 64-bit draw decides four units (16 random bits each): the keep probability is exact to 1/65536,
        // and the generator, not the arithmetic, was the cost of a dropout pass.
        uint threshold = (uint)Math.Round(keep * 65536);
        int i = 0;
        for (; i < activation.Length; i += 4)
        {
            ulong bits = random.NextUInt64();
            for (int j = i; j < Math.Min(i + 4, activation.Length); j++, bits >>= 16)
                mask[j] = (uint)(bits & 0xFFFF) < threshold ? scale : 0f;
        }
        VectorOps.Multiply(activation, mask.AsSpan(0, activation.Length), masked);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SumRows(ReadOnlySpan<float> matrix, int rows, Span<float> sums)
    {
        int width = sums.Length;
        sums.Clear();
        for (int r = 0; r < rows; r++) VectorOps.Add(sums, matrix.Slice(r * width, width), sums);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Transpose(ReadOnlySpan<float> source, Span<float> destination, int rows, int columns)
    {
        // In 16×16 blocks: a plain double loop writes with a stride of `rows` floats and misses the cache on
        // nearly every store once W is a few hundred wide.
        const int block = 16;
        for (int r0 = 0; r0 < rows; r0 += block)
            for (int c0 = 0; c0 < columns; c0 += block)
                for (int r = r0; r < Math.Min(r0 + block, rows); r++)
                    for (int c = c0; c < Math.Min(c0 + block, columns); c++)
                        destination[c * rows + r] = source[r * columns + c];
    }

    private static void CheckRows(int rows, ForwardCache cache)
    {
        if (rows < 1 || rows > cache.Capacity)
            throw new ArgumentOutOfRangeException(nameof(rows), rows, $"A batch of this cache holds 1 to {cache.Capacity} rows.");
    }
}
