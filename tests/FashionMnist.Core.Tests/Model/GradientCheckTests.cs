using FashionMnist.Model;
using FashionMnist.Numerics;

namespace FashionMnist.Core.Tests.Model;

/// <summary>
/// Backpropagation against central differences, (L(θ+h) − L(θ−h)) / 2h, for every weight and bias of every
/// layer. The model computes in float32, so h is 2e-3 and the tolerance 1e-2 relative (the float32 bound).
/// </summary>
public class GradientCheckTests
{
    private const int Rows = 5;
    private static readonly int[] Sizes = [6, 5, 4, 3];

    private static (Mlp Model, float[] X, byte[] Labels) TinyProblem(Activation activation, int seed)
    {
        var model = Mlp.Create([5, 4], activation, WeightInit.Normal, scale: 0.7, seed: seed, inputs: Sizes[0], classes: Sizes[^1]);
        var random = new SeededRandom(seed + 1000);
        for (int l = 0; l < model.Layers.Count; l++)
            for (int j = 0; j < model.Layers[l].Biases.Length; j++) model.Layers[l].Biases[j] = (float)(0.3 * random.NextGaussian());
        var x = Enumerable.Range(0, Rows * Sizes[0]).Select(_ => (float)random.NextGaussian()).ToArray();
        var labels = Enumerable.Range(0, Rows).Select(_ => (byte)random.NextInt(Sizes[^1])).ToArray();
        return (model, x, labels);
    }

    /// <summary>The loss, and the sign pattern of every hidden pre-activation (where ReLU's kinks are).</summary>
    private static (double Loss, bool[] Signs) Evaluate(Mlp model, float[] x, byte[] labels)
    {
        var cache = model.CreateCache(Rows);
        model.Forward(x, Rows, cache);
        var signs = cache.Z[..^1].SelectMany(z => z.Select(v => v > 0)).ToArray();
        return (Softmax.CrossEntropy(cache.Z[^1], labels, Rows, model.Classes, out _), signs);
    }

    [TestCase(Activation.ReLU, 1)]
    [TestCase(Activation.ReLU, 2)]
    [TestCase(Activation.Sigmoid, 3)]
    [TestCase(Activation.Tanh, 4)]
    public void Every_parameter_gradient_matches_central_differences(Activation activation, int seed)
    {
        var (model, x, labels) = TinyProblem(activation, seed);
        var cache = model.CreateCache(Rows);
        var gradients = model.CreateGradients();
        model.Forward(x, Rows, cache);
        model.Backward(cache, labels, gradients);

        const float h = 2e-3f;
        var baseSigns = Evaluate(model, x, labels).Signs;
        int checkedCount = 0, acrossKink = 0;
        for (int l = 0; l < model.Layers.Count; l++)
        {
            foreach (var (parameter, gradient, name) in new[]
                     { (model.Layers[l].Weights, gradients.Weights[l], "W"), (model.Layers[l].Biases, gradients.Biases[l], "b") })
            {
                for (int i = 0; i < parameter.Length; i++)
                {
                    float saved = parameter[i];
                    parameter[i] = saved + h;
                    var (plus, plusSigns) = Evaluate(model, x, labels);
                    parameter[i] = saved - h;
                    var (minus, minusSigns) = Evaluate(model, x, labels);
                    parameter[i] = saved;
                    checkedCount++;
                    // A step that moves a ReLU input across 0 measures a kink, not the derivative: skip it.
                    if (activation == Activation.ReLU && (!plusSigns.SequenceEqual(baseSigns) || !minusSigns.SequenceEqual(baseSigns)))
                    {
                        acrossKink++;
                        continue;
                    }
                    double numeric = (plus - minus) / (2 * h);
                    double analytic = gradient[i];
                    Assert.That(Math.Abs(analytic - numeric), Is.LessThanOrEqualTo(1e-2 * Math.Max(Math.Abs(numeric), Math.Abs(analytic)) + 2e-4),
                        $"{name}{l}[{i}] ({activation}): backprop {analytic}, central difference {numeric}");
                }
            }
        }
        Assert.That(checkedCount, Is.EqualTo(6 * 5 + 5 + 5 * 4 + 4 + 4 * 3 + 3));
        Assert.That(acrossKink, Is.LessThan(checkedCount / 10), "too few parameters were checked away from a kink");
    }

    [Test]
    public void Backward_twice_gives_the_same_gradients()
    {
        var (model, x, labels) = TinyProblem(Activation.ReLU, 5);
        var cache = model.CreateCache(Rows);
        var first = model.CreateGradients();
        var second = model.CreateGradients();
        model.Forward(x, Rows, cache);
        model.Backward(cache, labels, first);
        model.Backward(cache, labels, second);
        for (int l = 0; l < model.Layers.Count; l++)
        {
            Assert.That(second.Weights[l], Is.EqualTo(first.Weights[l]));
            Assert.That(second.Biases[l], Is.EqualTo(first.Biases[l]));
        }
    }

    [TestCase(Activation.ReLU)]
    [TestCase(Activation.Sigmoid)]
    [TestCase(Activation.Tanh)]
    public void Activation_derivative_matches_central_differences(Activation activation)
    {
        // Points away from ReLU's kink at 0, where the derivative is not defined.
        float[] z = [-3f, -1.2f, -0.4f, 0.3f, 0.9f, 2.5f];
        var a = new float[z.Length];
        Activations.Apply(activation, z, a);
        var derivative = Enumerable.Repeat(1f, z.Length).ToArray();
        Activations.MultiplyByDerivative(activation, z, a, derivative);
        for (int i = 0; i < z.Length; i++)
        {
            var up = new float[1]; var down = new float[1];
            Activations.Apply(activation, [z[i] + 1e-2f], up);
            Activations.Apply(activation, [z[i] - 1e-2f], down);
            double numeric = (up[0] - down[0]) / 2e-2;
            Assert.That(derivative[i], Is.EqualTo(numeric).Within(1e-3), $"g'({z[i]})");
        }
    }
}
