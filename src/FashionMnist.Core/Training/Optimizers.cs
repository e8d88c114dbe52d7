using System.Runtime.CompilerServices;
using System.Numerics;
using FashionMnist.Numerics;
using FashionMnist.Model;

namespace FashionMnist.Training;

/// <summary>update: applies one step of gradients to a model's parameters (the challenge's update()).</summary>
public interface IOptimizer
{
    void Step(Mlp model, Gradients gradients, double learningRate);
}

public static class Optimizers
{
    public static IOptimizer Create(TrainingOptions options, Mlp model) => options.Optimizer switch
    {
        OptimizerKind.Sgd => new SgdOptimizer(options.L2),
        OptimizerKind.Momentum => new MomentumOptimizer(model, options.Momentum, options.L2),
        OptimizerKind.Adam => new AdamOptimizer(model, options, decoupledDecay: false),
        OptimizerKind.AdamW => new AdamOptimizer(model, options, decoupledDecay: true),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Optimizer, "Unknown optimiser."),
    };

    /// <summary>The (parameter, gradient) pairs an optimiser walks; weights carry the L2 penalty, biases do not.</summary>
    internal static IEnumerable<(float[] Parameter, float[] Gradient, bool IsWeight, int Slot)> Pairs(Mlp model, Gradients gradients)
    {
        for (int l = 0; l < model.Layers.Count; l++)
        {
            yield return (model.Layers[l].Weights, gradients.Weights[l], true, 2 * l);
            yield return (model.Layers[l].Biases, gradients.Biases[l], false, 2 * l + 1);
        }
    }

    /// <summary>One zeroed state buffer per parameter tensor, in the order of <see cref="Pairs"/>.</summary>
    internal static float[][] ZeroState(Mlp model) =>
        model.Layers.SelectMany(l => new[] { new float[l.Weights.Length], new float[l.Biases.Length] }).ToArray();
}

/// <summary>W ← W − η·(∇W + λW).</summary>
internal sealed class SgdOptimizer(double l2) : IOptimizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(Mlp model, Gradients gradients, double learningRate)
    {
        float lr = (float)learningRate;
        foreach (var (w, g, isWeight, _) in Optimizers.Pairs(model, gradients))
        {
            if (isWeight && l2 > 0) VectorOps.Multiply(w, (float)(1 - learningRate * l2), w);   // decay: W·(1 − ηλ)
            VectorOps.MultiplyAdd(g, -lr, w, w);                                              // W − η∇W
            if (isWeight && l2 > 0) VectorOps.FlushNegligibleToZero(w);
        }
    }
}

/// <summary>v ← μ·v + (∇W + λW); W ← W − η·v.</summary>
internal sealed class MomentumOptimizer(Mlp model, double momentum, double l2) : IOptimizer
{
    private readonly float[][] _velocity = Optimizers.ZeroState(model);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(Mlp model, Gradients gradients, double learningRate)
    {
        foreach (var (w, g, isWeight, slot) in Optimizers.Pairs(model, gradients))
        {
            var v = _velocity[slot];
            VectorOps.MultiplyAdd(v, (float)momentum, g, v);
            if (isWeight && l2 > 0) VectorOps.MultiplyAdd(w, (float)l2, v, v);
            VectorOps.MultiplyAdd(v, (float)-learningRate, w, w);
            VectorOps.FlushNegligibleToZero(v);
            if (isWeight && l2 > 0) VectorOps.FlushNegligibleToZero(w);
        }
    }
}

/// <summary>
/// Adam: m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g², W ← W − η·m̂/(√v̂ + ε) with bias-corrected m̂, v̂.
/// With <c>decoupledDecay</c> (AdamW) the L2 coefficient decays weights directly, W ← W − ηλW,
/// instead of being added to g, which Adam's scaling would otherwise weaken.
/// </summary>
internal sealed class AdamOptimizer(Mlp model, TrainingOptions options, bool decoupledDecay) : IOptimizer
{
    private readonly float[][] _m = Optimizers.ZeroState(model);
    private readonly float[][] _v = Optimizers.ZeroState(model);
    private int _t;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(Mlp model, Gradients gradients, double learningRate)
    {
        _t++;
        float b1 = (float)options.Beta1, b2 = (float)options.Beta2;
        // Bias corrections folded into the step size and ε, so the inner loop has no extra divides.
        double c1 = 1 - Math.Pow(options.Beta1, _t), c2 = 1 - Math.Pow(options.Beta2, _t);
        float step = (float)(learningRate * Math.Sqrt(c2) / c1);
        float epsHat = (float)(options.Epsilon * Math.Sqrt(c2));
        float l2 = (float)options.L2, decay = (float)(1 - learningRate * options.L2);
        foreach (var (w, g, isWeight, slot) in Optimizers.Pairs(model, gradients))
        {
            if (isWeight && l2 > 0 && decoupledDecay) VectorOps.Multiply(w, decay, w);
            Update(w, g, _m[slot], _v[slot], b1, b2, step, epsHat, isWeight && !decoupledDecay ? l2 : 0f);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>One Adam step over a tensor, in one pass. Moments and weights that fall below the smallest
    /// normal float are set to 0 on the way (see <see cref="VectorOps.FlushNegligibleToZero"/>).</summary>
    private static void Update(Span<float> w, ReadOnlySpan<float> g, Span<float> m, Span<float> v,
        float b1, float b2, float step, float epsHat, float l2)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vb1 = new Vector<float>(b1); var vb1c = new Vector<float>(1 - b1);
            var vb2 = new Vector<float>(b2); var vb2c = new Vector<float>(1 - b2);
            var vStep = new Vector<float>(step); var vEps = new Vector<float>(epsHat); var vL2 = new Vector<float>(l2);
            var negligible = new Vector<float>(VectorOps.Negligible);
            var negligibleGradient = new Vector<float>(NegligibleGradient);
            static Vector<float> Flush(Vector<float> x, Vector<float> below) =>
                Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(x), below), Vector<float>.Zero, x);
            for (; i <= w.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var wi = new Vector<float>(w[i..]);
                var gi = Flush(new Vector<float>(g[i..]) + vL2 * wi, negligibleGradient);
                var mi = Flush(vb1 * new Vector<float>(m[i..]) + vb1c * gi, negligible);
                var vi = Flush(vb2 * new Vector<float>(v[i..]) + vb2c * gi * gi, negligible);
                mi.CopyTo(m[i..]);
                vi.CopyTo(v[i..]);
                Flush(wi - vStep * mi / (Vector.SquareRoot(vi) + vEps), negligible).CopyTo(w[i..]);
            }
        }
        for (; i < w.Length; i++)
        {
            float gi = FlushScalar(g[i] + l2 * w[i], NegligibleGradient);
            m[i] = FlushScalar(b1 * m[i] + (1 - b1) * gi, VectorOps.Negligible);
            v[i] = FlushScalar(b2 * v[i] + (1 - b2) * gi * gi, VectorOps.Negligible);
            w[i] = FlushScalar(w[i] - step * m[i] / (MathF.Sqrt(v[i]) + epsHat), VectorOps.Negligible);
        }
    }

    /// <summary>(1 − β2)·g² stays a normal float for any |g| above this.</summary>
    private const float NegligibleGradient = 1e-15f;

    private static float FlushScalar(float x, float below) => Math.Abs(x) < below ? 0f : x;
}
