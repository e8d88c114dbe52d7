using FashionMnist.Model;

namespace FashionMnist.Core.Tests.Model;

public class MlpTests
{
    [Test]
    public void Default_model_is_the_challenge_network_with_its_parameter_counts()
    {
        var model = Mlp.Create();
        Assert.That(model.LayerSizes, Is.EqualTo(new[] { 784, 64, 32, 10 }));
        Assert.That(model.Layers.Select(l => l.ParameterCount), Is.EqualTo(new[] { 50_240, 2_080, 330 }));
        Assert.That(model.ParameterCount, Is.EqualTo(52_650));
        Assert.That(model.Architecture, Is.EqualTo("784-64-32-10"));
    }

    [Test]
    public void Initial_weights_are_small_normal_draws_and_biases_zero()
    {
        var model = Mlp.Create(scale: 0.01, seed: 100);
        var w = model.Layers[0].Weights;
        double mean = w.Average(x => (double)x);
        double std = Math.Sqrt(w.Average(x => (x - mean) * (x - mean)));
        Assert.That(mean, Is.EqualTo(0).Within(5e-4));
        Assert.That(std, Is.EqualTo(0.01).Within(5e-4));
        Assert.That(model.Layers.SelectMany(l => l.Biases), Has.All.EqualTo(0f));
    }

    [TestCase(WeightInit.He, 2.0 / 784)]
    [TestCase(WeightInit.Xavier, 2.0 / (784 + 64))]
    public void Scaled_initialisations_use_the_fan_in(WeightInit init, double variance)
    {
        var w = Mlp.Create(init: init).Layers[0].Weights;
        double std = Math.Sqrt(w.Average(x => (double)x * x));
        Assert.That(std, Is.EqualTo(Math.Sqrt(variance)).Within(0.02 * Math.Sqrt(variance)));
    }

    [Test]
    public void Same_seed_gives_identical_weights_and_another_seed_does_not()
    {
        Assert.That(Mlp.Create(seed: 7).Layers[1].Weights, Is.EqualTo(Mlp.Create(seed: 7).Layers[1].Weights));
        Assert.That(Mlp.Create(seed: 7).Layers[1].Weights, Is.Not.EqualTo(Mlp.Create(seed: 8).Layers[1].Weights));
    }

    [TestCase(0)]
    [TestCase(-5)]
    public void Hidden_sizes_below_one_are_refused(int size)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Mlp.Create([64, size]));
        Assert.That(ex!.Message, Does.Contain("at least 1 unit"));
    }

    [Test]
    public void Forward_returns_probability_rows_and_fills_the_cache()
    {
        var model = Mlp.Create([8, 4], seed: 3, inputs: 12, classes: 5);
        var cache = model.CreateCache(3);
        var x = Enumerable.Range(0, 36).Select(i => (float)Math.Sin(i)).ToArray();
        var p = model.Forward(x, 3, cache).ToArray();
        for (int r = 0; r < 3; r++) Assert.That(p.Skip(r * 5).Take(5).Sum(), Is.EqualTo(1f).Within(1e-5));
        Assert.That(cache.A[0].Take(36), Is.EqualTo(x), "a0 is the input");
        for (int i = 0; i < 3 * 8; i++) Assert.That(cache.A[1][i], Is.EqualTo(Math.Max(0, cache.Z[0][i])), "a1 = relu(z0)");
    }

    [Test]
    public void Clone_is_deep()
    {
        var model = Mlp.Create([4], inputs: 3, classes: 2);
        var copy = model.Clone();
        copy.Layers[0].Weights[0] += 1;
        Assert.That(model.Layers[0].Weights[0], Is.Not.EqualTo(copy.Layers[0].Weights[0]));
    }

    [Test]
    public void Dropout_zeroes_the_asked_share_of_hidden_units_and_scales_the_rest()
    {
        var model = Mlp.Create([256, 128], seed: 2);
        var cache = model.CreateCache(64);
        cache.DropoutRate = 0.3f;
        cache.DropoutRandom = new FashionMnist.Numerics.SeededRandom(9);
        var x = Enumerable.Range(0, 64 * 784).Select(i => (float)((i * 37) % 255) / 255f).ToArray();
        model.Forward(x, 64, cache);
        var mask = cache.DropoutMask[1].Take(64 * 256).ToArray();
        double dropped = mask.Count(m => m == 0) / (double)mask.Length;
        Assert.That(dropped, Is.EqualTo(0.3).Within(0.01));
        Assert.That(mask.Where(m => m != 0), Has.All.EqualTo(1f / 0.7f));
        for (int i = 0; i < 64 * 256; i++)
            Assert.That(cache.DropoutMasked[1][i], Is.EqualTo(cache.A[1][i] * mask[i]), $"unit {i}");
    }
}
