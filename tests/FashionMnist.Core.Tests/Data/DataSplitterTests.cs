using FashionMnist.Data;

namespace FashionMnist.Core.Tests.Data;

public class DataSplitterTests
{
    private static readonly FashionDataset Thousand = Numbered(1000);

    /// <summary>Image i has pixel 0 = i mod 256 and pixel 1 = i / 256, so every image is identifiable.</summary>
    private static FashionDataset Numbered(int n)
    {
        var pixels = new byte[n * FashionDataset.Pixels];
        for (int i = 0; i < n; i++) (pixels[i * 784], pixels[i * 784 + 1]) = ((byte)(i % 256), (byte)(i / 256));
        return new FashionDataset(pixels, new byte[n], "numbered");
    }

    private static int[] Ids(FashionDataset d) => Enumerable.Range(0, d.Count).Select(i => d.Image(i)[0] + 256 * d.Image(i)[1]).ToArray();

    [Test]
    public void EightyTenTenOfAThousand()
    {
        var split = DataSplitter.Split(Thousand);
        Assert.That((split.Train.Count, split.Valid.Count, split.Test.Count), Is.EqualTo((800, 100, 100)));
    }

    [Test]
    public void PartsAreDisjointAndCoverEverything()
    {
        var split = DataSplitter.Split(Thousand, seed: 7);
        int[] all = [.. Ids(split.Train), .. Ids(split.Valid), .. Ids(split.Test)];
        Assert.That(all, Is.EquivalentTo(Enumerable.Range(0, 1000)));
    }

    [Test]
    public void SameSeedSameSplitDifferentSeedDifferentSplit()
    {
        Assert.That(Ids(DataSplitter.Split(Thousand, seed: 100).Train), Is.EqualTo(Ids(DataSplitter.Split(Thousand, seed: 100).Train)));
        Assert.That(Ids(DataSplitter.Split(Thousand, seed: 101).Train), Is.Not.EqualTo(Ids(DataSplitter.Split(Thousand, seed: 100).Train)));
    }

    [Test]
    public void FractionsNotSummingToOneThrow() =>
        Assert.Throws<ArgumentException>(() => DataSplitter.Split(Thousand, 0.8, 0.1, 0.2));
}
