using FashionMnist.Data;

namespace FashionMnist.PowerShell.Tests.Support;

/// <summary>
/// A small learnable dataset: each class lights a different 7×7 block of the image (plus noise), so a few
/// epochs reach high accuracy and the tests run in milliseconds instead of minutes on the real 60,000 images.
/// </summary>
public static class SmallData
{
    public static FashionDataset Create(int count = 2000, int seed = 7)
    {
        var random = new Random(seed);
        var pixels = new byte[count * FashionDataset.Pixels];
        var labels = new byte[count];
        for (int i = 0; i < count; i++)
        {
            int label = i % ClassNames.Count;
            labels[i] = (byte)label;
            var image = pixels.AsSpan(i * FashionDataset.Pixels, FashionDataset.Pixels);
            for (int p = 0; p < image.Length; p++) image[p] = (byte)random.Next(0, 60);
            int top = label / 4 * 7 + 3, left = label % 4 * 7;
            for (int y = top; y < top + 7; y++)
                for (int x = left; x < left + 7; x++)
                    image[y * FashionDataset.Width + x] = (byte)random.Next(180, 256);
        }
        return new FashionDataset(pixels, labels, "small test data");
    }
}
