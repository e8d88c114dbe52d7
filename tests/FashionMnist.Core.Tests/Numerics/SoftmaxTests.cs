using FashionMnist.Numerics;

namespace FashionMnist.Core.Tests.Numerics;

public class SoftmaxTests
{
    [Test]
    public void Rows_sum_to_one_and_stay_finite_for_huge_logits()
    {
        float[] logits = [1000, -1000, 0, 999, 1000, 1000, -1000, -1000, -999];
        var p = new float[logits.Length];
        Softmax.Rows(logits, p, rows: 3, classes: 3);
        for (int r = 0; r < 3; r++)
        {
            var row = p.AsSpan(r * 3, 3).ToArray();
            Assert.That(row.All(float.IsFinite), Is.True, $"row {r}: {string.Join(", ", row)}");
            Assert.That(row.Sum(), Is.EqualTo(1f).Within(1e-6), $"row {r}");
        }
        Assert.That(p[0], Is.EqualTo(1f).Within(1e-6));
        Assert.That(p[3], Is.EqualTo(Math.Exp(-1) / (Math.Exp(-1) + 2)).Within(1e-6), "999, 1000, 1000: e^-1 / (e^-1 + 2)");
    }

    [Test]
    public void Cross_entropy_of_a_perfect_prediction_is_about_zero()
    {
        float[] logits = [1000, -1000, -1000, -1000, 1000, -1000];
        double loss = Softmax.CrossEntropy(logits, [0, 1], rows: 2, classes: 3, out int correct);
        Assert.That(loss, Is.EqualTo(0).Within(1e-12));
        Assert.That(correct, Is.EqualTo(2));
    }

    [Test]
    public void Cross_entropy_never_takes_log_of_zero()
    {
        // The true class has probability e^-2000: the loss is 2000, not infinity.
        double loss = Softmax.CrossEntropy([1000f, -1000f], [1], rows: 1, classes: 2, out int correct);
        Assert.That(loss, Is.EqualTo(2000).Within(1e-9));
        Assert.That(correct, Is.EqualTo(0));
    }

    [Test]
    public void Uniform_logits_give_log_of_the_class_count()
    {
        double loss = Softmax.CrossEntropy(new float[10], [3], rows: 1, classes: 10, out _);
        Assert.That(loss, Is.EqualTo(Math.Log(10)).Within(1e-9));
    }
}
