using FashionMnist.Model;
using FashionMnist.Numerics;
using FashionMnist.Training;

namespace FashionMnist.Core.Tests.Training;

public class OptimizerTests
{
    private static (Mlp Model, Gradients Gradients) Tiny(float weight, float gradient)
    {
        var model = new Mlp([4, 3, 2], Activation.ReLU);
        var gradients = model.CreateGradients();
        foreach (var layer in model.Layers) Array.Fill(layer.Weights, weight);
        foreach (var g in gradients.Weights) Array.Fill(g, gradient);
        return (model, gradients);
    }

    [Test]
    public void Sgd_step_is_w_minus_rate_times_gradient()
    {
        var (model, gradients) = Tiny(0.5f, 2f);
        Optimizers.Create(new TrainingOptions { Optimizer = OptimizerKind.Sgd }, model).Step(model, gradients, 0.1);
        Assert.That(model.Layers[0].Weights, Has.All.EqualTo(MathF.FusedMultiplyAdd(2f, -0.1f, 0.5f)));
    }

    [Test]
    public void First_adam_step_moves_each_weight_by_the_rate()
    {
        // With bias correction, m̂/√v̂ = g/|g| on the first step: every weight moves by η against its gradient.
        var (model, gradients) = Tiny(0.5f, 3f);
        Optimizers.Create(new TrainingOptions { Optimizer = OptimizerKind.Adam }, model).Step(model, gradients, 0.01);
        Assert.That(model.Layers[0].Weights, Has.All.EqualTo(0.49f).Within(1e-6));
    }

    [TestCase(OptimizerKind.Adam)]
    [TestCase(OptimizerKind.AdamW)]
    [TestCase(OptimizerKind.Momentum)]
    [TestCase(OptimizerKind.Sgd)]
    public void Weight_decay_never_leaves_subnormal_weights(OptimizerKind kind)
    {
        // Weights of units that never fire only decay; near 0 they must become exactly 0, not subnormal floats
        // (which make every later multiply microcoded and training many times slower).
        var (model, gradients) = Tiny(1e-29f, 0f);
        var optimizer = Optimizers.Create(new TrainingOptions { Optimizer = kind, L2 = 0.5 }, model);
        // 100 steps of ×0.75 take 1e-29 to ~3e-42: subnormal, unless flushed.
        for (int step = 0; step < 100; step++) optimizer.Step(model, gradients, 0.5);
        var weights = model.Layers.SelectMany(l => l.Weights).ToArray();
        Assert.That(weights.Where(w => w != 0 && Math.Abs(w) < VectorOps.Negligible), Is.Empty);
    }

    [Test]
    public void Flush_sets_only_negligible_values_to_zero()
    {
        float[] x = [1e-31f, -1e-35f, 1e-29f, -2f, 0f, float.Epsilon, 3e-30f, 1e-40f, 5f];
        VectorOps.FlushNegligibleToZero(x);
        Assert.That(x, Is.EqualTo(new[] { 0f, 0f, 1e-29f, -2f, 0f, 0f, 3e-30f, 0f, 5f }));
    }
}
