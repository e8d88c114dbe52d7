using FashionMnist.Numerics;

namespace FashionMnist.Core.Tests.Numerics;

public class GemmTests
{
    private static float[] Random(int n, int seed)
    {
        var r = new SeededRandom(seed);
        return Enumerable.Range(0, n).Select(_ => (float)r.NextGaussian()).ToArray();
    }

    /// <summary>The textbook triple loop in double: what every kernel path must agree with.</summary>
    private static double[] Reference(float[] a, int rowStride, int colStride, float[] b, int m, int n, int k)
    {
        var c = new double[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                double s = 0;
                for (int p = 0; p < k; p++) s += (double)a[i * rowStride + p * colStride] * b[p * n + j];
                c[i * n + j] = s;
            }
        return c;
    }

    private static IEnumerable<TestCaseData> Shapes()
    {
        // The training shapes (batch 128 and a short last batch), plus odd sizes hitting every edge loop.
        int[][] shapes = [[128, 64, 784], [125, 32, 64], [128, 10, 32], [784, 64, 128], [64, 32, 125], [13, 37, 11], [1, 1, 1], [9, 48, 3]];
        foreach (var path in new[] { GemmPath.Vector512, GemmPath.Vector256, GemmPath.Scalar })
            foreach (var s in shapes)
                yield return new TestCaseData(path, s[0], s[1], s[2]).SetName($"{path} {s[0]}x{s[1]}x{s[2]}");
    }

    [TestCaseSource(nameof(Shapes))]
    public void Product_matches_the_reference_on_every_path(GemmPath path, int m, int n, int k)
    {
        float[] a = Random(m * k, 1), b = Random(k * n, 2), c = new float[m * n];
        Gemm.Multiply(a, b, c, m, n, k, threads: 1, path);
        var expected = Reference(a, k, 1, b, m, n, k);
        for (int i = 0; i < c.Length; i++)
            Assert.That(c[i], Is.EqualTo(expected[i]).Within(1e-4 * Math.Sqrt(k) + 1e-5), $"element {i}");
    }

    [TestCaseSource(nameof(Shapes))]
    public void Transposed_A_is_read_in_place(GemmPath path, int m, int n, int k)
    {
        // A stored [k × m]; the product uses Aᵀ, as dW = Xᵀ·δ does.
        float[] a = Random(k * m, 3), b = Random(k * n, 4), c = new float[m * n];
        Gemm.MultiplyTransposedA(a, b, c, m, n, k, threads: 1, path);
        var expected = Reference(a, 1, m, b, m, n, k);
        for (int i = 0; i < c.Length; i++)
            Assert.That(c[i], Is.EqualTo(expected[i]).Within(1e-4 * Math.Sqrt(k) + 1e-5), $"element {i}");
    }

    [Test]
    public void Every_path_and_thread_count_gives_identical_bits()
    {
        const int m = 128, n = 64, k = 784;
        float[] a = Random(m * k, 5), b = Random(k * n, 6);
        float[] first = new float[m * n];
        Gemm.Multiply(a, b, first, m, n, k, threads: 1, GemmPath.Scalar);
        foreach (var path in new[] { GemmPath.Vector512, GemmPath.Vector256, GemmPath.Scalar })
            foreach (int threads in new[] { 1, 2, 3 })
            {
                var c = new float[m * n];
                Gemm.Multiply(a, b, c, m, n, k, threads, path);
                Assert.That(c, Is.EqualTo(first), $"{path} with {threads} threads");
            }
    }

    [Test]
    public void Undersized_buffers_are_refused_with_the_sizes()
    {
        var ex = Assert.Throws<ArgumentException>(() => Gemm.Multiply(new float[7], new float[12], new float[6], 2, 3, 4));
        Assert.That(ex!.Message, Does.Contain("A needs"));
        ex = Assert.Throws<ArgumentException>(() => Gemm.Multiply(new float[8], new float[12], new float[5], 2, 3, 4));
        Assert.That(ex!.Message, Does.Contain("C must hold 2×3"));
    }
}
