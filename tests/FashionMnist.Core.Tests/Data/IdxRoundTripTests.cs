using FashionMnist.Data;

namespace FashionMnist.Core.Tests.Data;

public class IdxRoundTripTests
{
    [TestCase("images.gz", "labels.gz")]
    [TestCase("images", "labels")]
    public void WriteThenReadGivesTheSameDataset(string imagesName, string labelsName)
    {
        using var temp = new TempFolder();
        var data = TempFolder.Synthetic(25);
        IdxWriter.Write(data, temp.File(imagesName), temp.File(labelsName));

        var read = IdxReader.Read(temp.File(imagesName), temp.File(labelsName));

        Assert.That(read.Count, Is.EqualTo(25));
        Assert.That(read.PixelBytes.ToArray(), Is.EqualTo(data.PixelBytes.ToArray()));
        Assert.That(read.LabelBytes.ToArray(), Is.EqualTo(data.LabelBytes.ToArray()));
        Assert.That(read.Source, Is.EqualTo(temp.File(imagesName)));
    }

    [Test]
    public void GzipIsDetectedByMagicBytesNotByName()
    {
        using var temp = new TempFolder();
        var data = TempFolder.Synthetic(3);
        IdxWriter.Write(data, temp.File("i.gz"), temp.File("l.gz"));
        File.Move(temp.File("i.gz"), temp.File("images.bin"));
        File.Move(temp.File("l.gz"), temp.File("labels.bin"));

        var read = IdxReader.Read(temp.File("images.bin"), temp.File("labels.bin"));

        Assert.That(read.PixelBytes.ToArray(), Is.EqualTo(data.PixelBytes.ToArray()));
    }

    [Test]
    public void WriterLeavesNoTemporaryFiles()
    {
        using var temp = new TempFolder();
        IdxWriter.Write(TempFolder.Synthetic(2), temp.File("i.gz"), temp.File("l.gz"));
        Assert.That(Directory.GetFiles(temp.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "i.gz", "l.gz" }));
    }
}
