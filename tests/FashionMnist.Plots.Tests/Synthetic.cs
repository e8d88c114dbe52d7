using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Training;

namespace FashionMnist.Plots.Tests;

/// <summary>Small inputs with known contents, so tests need no dataset on disk.</summary>
internal static class Synthetic
{
    public const int Images = 20;

    /// <summary>Image 0 is a ramp: pixel k holds k·255/783, so its top-left cell is 0 and its bottom-right 255.
    /// Image i &gt; 0 is a block pattern; labels are i mod 10.</summary>
    public static FashionDataset Dataset()
    {
        var pixels = new byte[Images * FashionDataset.Pixels];
        for (int k = 0; k < FashionDataset.Pixels; k++) pixels[k] = (byte)(k * 255 / (FashionDataset.Pixels - 1));
        for (int i = 1; i < Images; i++)
            for (int k = 0; k < FashionDataset.Pixels; k++)
                pixels[i * FashionDataset.Pixels + k] = (byte)((k / FashionDataset.Width / 4 + k % FashionDataset.Width / 4 + i) % 2 * 200);
        var labels = Enumerable.Range(0, Images).Select(i => (byte)(i % 10)).ToArray();
        return new FashionDataset(pixels, labels, "synthetic");
    }

    public static List<EpochRecord> History() =>
        Enumerable.Range(1, 8)
            .Select(e => new EpochRecord(e, 1.5 / e, 1.4 / e + 0.01 * e, 0.5 + 0.05 * e, 0.48 + 0.045 * e, 0.01, 0.5))
            .ToList();

    /// <summary>Diagonal 100 + class, off-diagonal (a + 2p) mod 7: every count distinct enough to find in HTML.</summary>
    public static ConfusionMatrix Matrix()
    {
        var counts = new int[10, 10];
        for (int a = 0; a < 10; a++)
            for (int p = 0; p < 10; p++)
                counts[a, p] = a == p ? 100 + a : (a + 2 * p) % 7;
        return new ConfusionMatrix(counts);
    }
}

/// <summary>A fresh folder under the system temp folder, deleted with its contents on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fm-plots-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
