using FashionMnist.Numerics;

namespace FashionMnist.Core.Tests.Numerics;

public class SeededRandomTests
{
    [Test]
    public void Same_seed_same_stream_and_different_seed_different_stream()
    {
        var a = new SeededRandom(100); var b = new SeededRandom(100); var c = new SeededRandom(101);
        var xs = Enumerable.Range(0, 5).Select(_ => a.NextUInt64()).ToArray();
        Assert.That(Enumerable.Range(0, 5).Select(_ => b.NextUInt64()), Is.EqualTo(xs));
        Assert.That(Enumerable.Range(0, 5).Select(_ => c.NextUInt64()), Is.Not.EqualTo(xs));
    }

    [Test]
    public void Gaussian_draws_have_mean_zero_and_unit_variance()
    {
        var r = new SeededRandom(7);
        var xs = Enumerable.Range(0, 200_000).Select(_ => r.NextGaussian()).ToArray();
        double mean = xs.Average(), variance = xs.Select(x => (x - mean) * (x - mean)).Average();
        Assert.That(mean, Is.EqualTo(0).Within(0.01));
        Assert.That(variance, Is.EqualTo(1).Within(0.02));
    }

    [Test]
    public void Permutation_holds_every_index_once()
    {
        var p = new SeededRandom(3).Permutation(1000);
        Assert.That(p.OrderBy(x => x), Is.EqualTo(Enumerable.Range(0, 1000)));
        Assert.That(p, Is.Not.EqualTo(Enumerable.Range(0, 1000)));
    }

    [Test]
    public void Purpose_streams_are_independent_of_each_other()
    {
        var a = SeededRandom.ForPurpose(100, "init").NextUInt64();
        var b = SeededRandom.ForPurpose(100, "shuffle").NextUInt64();
        Assert.That(a, Is.Not.EqualTo(b));
        Assert.That(SeededRandom.ForPurpose(100, "init").NextUInt64(), Is.EqualTo(a));
    }
}
