using FashionMnist.Data;

namespace FashionMnist.Core.Tests.Data;

public class NormalizeTests
{
    [Test]
    public void Every_byte_becomes_exactly_its_value_over_255_on_the_vector_and_the_tail_path()
    {
        // 3·256 + 17 values: whole vectors of 64 bytes, then a scalar tail.
        var bytes = Enumerable.Range(0, 3 * 256 + 17).Select(i => (byte)(i * 7)).ToArray();
        var floats = new float[bytes.Length];
        Preprocessing.Normalize(bytes, floats);
        for (int i = 0; i < bytes.Length; i++) Assert.That(floats[i], Is.EqualTo(bytes[i] / 255f), $"byte {bytes[i]} at {i}");
    }

    [Test]
    public void All_256_byte_values_on_the_vector_path_equal_the_division()
    {
        // 256 bytes = four whole 64-byte vectors: no value goes through the scalar table.
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var floats = new float[256];
        Preprocessing.Normalize(bytes, floats);
        for (int v = 0; v < 256; v++) Assert.That(floats[v], Is.EqualTo(v / 255f), $"byte {v}");
    }

    [Test]
    public void One_hot_has_a_single_one_at_the_label()
    {
        var y = Preprocessing.OneHot([9, 0, 3], 10);
        Assert.That(y, Has.Length.EqualTo(30));
        Assert.That(y.Sum(), Is.EqualTo(3f));
        Assert.That(new[] { y[9], y[10], y[23] }, Has.All.EqualTo(1f));
    }
}
