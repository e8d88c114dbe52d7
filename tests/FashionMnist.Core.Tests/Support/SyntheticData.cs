using FashionMnist.Data;
using FashionMnist.Numerics;

namespace FashionMnist.Core.Tests.Support;

/// <summary>Small learnable datasets made in memory: class c lights a horizontal band of rows, plus noise.</summary>
public static class SyntheticData
{
    /// <summary><paramref name="count"/> images, labels cycling 0..9, separable by the position of a bright band.</summary>
    public static FashionDataset Bands(int count, int seed = 1)
    {
        var random = new SeededRandom(seed);
        var pixels = new byte[count * FashionDataset.Pixels];
        var labels = new byte[count];
        for (int i = 0; i < count; i++)
        {
            int label = i % ClassNames.Count;
            labels[i] = (byte)label;
            var image = pixels.AsSpan(i * FashionDataset.Pixels, FashionDataset.Pixels);
            for (int p = 0; p < image.Length; p++) image[p] = (byte)random.NextInt(40);
            int top = 2 + label * 2;
            for (int y = top; y < top + 3; y++)
                for (int x = 4; x < 24; x++) image[y * FashionDataset.Width + x] = (byte)(200 + random.NextInt(56));
        }
        return new FashionDataset(pixels, labels, "synthetic bands");
    }
}
