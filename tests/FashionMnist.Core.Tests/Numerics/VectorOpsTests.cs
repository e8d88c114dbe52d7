using FashionMnist.Numerics;

namespace FashionMnist.Core.Tests.Numerics;

public class VectorOpsTests
{
    // 37 values: whole vectors and a scalar tail on any vector width.
    private static readonly float[] X = Enumerable.Range(0, 37).Select(i => (float)Math.Sin(i) * 3).ToArray();
    private static readonly float[] Y = Enumerable.Range(0, 37).Select(i => (float)Math.Cos(i)).ToArray();

    [Test]
    public void Multiply_add_is_fused_on_vector_and_tail_alike()
    {
        var d = new float[37];
        VectorOps.MultiplyAdd(X, -0.3f, Y, d);
        for (int i = 0; i < d.Length; i++) Assert.That(d[i], Is.EqualTo(MathF.FusedMultiplyAdd(X[i], -0.3f, Y[i])), $"element {i}");
    }

    [Test]
    public void Element_wise_products_sums_and_scaling()
    {
        var d = new float[37];
        VectorOps.Multiply(X, Y, d);
        Assert.That(d, Is.EqualTo(X.Zip(Y, (a, b) => a * b)));
        VectorOps.Add(X, Y, d);
        Assert.That(d, Is.EqualTo(X.Zip(Y, (a, b) => a + b)));
        VectorOps.Multiply(X, 0.5f, d);
        Assert.That(d, Is.EqualTo(X.Select(a => a * 0.5f)));
    }

    [Test]
    public void Max_with_zero_is_relu_and_keeps_nan()
    {
        var x = X.ToArray();
        x[3] = float.NaN;
        x[36] = float.NaN;
        var d = new float[37];
        VectorOps.Max(x, 0f, d);
        for (int i = 0; i < d.Length; i++)
            if (float.IsNaN(x[i])) Assert.That(float.IsNaN(d[i]), Is.True, $"NaN at {i} must survive");
            else Assert.That(d[i], Is.EqualTo(Math.Max(x[i], 0f)), $"element {i}");
    }

    [Test]
    public void Index_of_max_takes_the_first_of_ties()
    {
        Assert.That(VectorOps.IndexOfMax([1f, 5f, 2f, 5f]), Is.EqualTo(1));
    }

    [Test]
    public void Mismatched_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => VectorOps.Add(new float[3], new float[4], new float[4]));
    }
}
