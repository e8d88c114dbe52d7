using FashionMnist.Data;

namespace FashionMnist.Core.Tests.Data;

/// <summary>Each broken IDX file ends in one FashionDataException naming the file, the offset and what was expected.</summary>
public class IdxBadInputTests
{
    private const uint Images = IdxReader.ImagesMagic, Labels = IdxReader.LabelsMagic;
    private TempFolder _temp = null!;

    [SetUp] public void CreateFolder() => _temp = new TempFolder();
    [TearDown] public void DeleteFolder() => _temp.Dispose();

    private static FashionDataException ReadImagesFails(string path) =>
        Assert.Throws<FashionDataException>(() => IdxReader.ReadImages(path, out _))!;

    [Test]
    public void BadMagicNamesOffsetZeroAndSaysItIsALabelsFile()
    {
        string path = _temp.Write("images.gz", TempFolder.Idx([Labels, 1, 28, 28], 784));
        var e = ReadImagesFails(path);
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.BadMagic));
        Assert.That(e.FilePath, Is.EqualTo(path));
        Assert.That(e.Location, Is.EqualTo("byte offset 0"));
        Assert.That(e.Message, Does.Contain("0x00000803").And.Contain("labels"));
    }

    [TestCase(27u, 28u, "byte offset 8")]
    [TestCase(28u, 32u, "byte offset 12")]
    public void WrongDimensionsAreRejected(uint rows, uint columns, string location)
    {
        string path = _temp.Write("images", TempFolder.Idx([Images, 1, rows, columns], 784));
        var e = ReadImagesFails(path);
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.BadDimensions));
        Assert.That(e.Location, Is.EqualTo(location));
    }

    [TestCase("images")]
    [TestCase("images.gz")]
    public void TruncatedImagesAreRejected(string name)
    {
        string path = _temp.Write(name, TempFolder.Idx([Images, 3, 28, 28], 2 * 784 + 100));
        var e = ReadImagesFails(path);
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.Truncated));
        Assert.That(e.Location, Is.EqualTo("byte offset 16"));
        Assert.That(e.Message, Does.Contain(path).And.Contain("2,352 bytes"));
    }

    [Test]
    public void TruncatedGzipStreamIsRejected()
    {
        byte[] gz = TempFolder.Gzip(TempFolder.Idx([Images, 100, 28, 28], 100 * 784));
        string path = _temp.File("cut.gz");
        File.WriteAllBytes(path, gz[..(gz.Length / 2)]);
        var e = ReadImagesFails(path);
        Assert.That(e.Kind, Is.AnyOf(DataErrorKind.Truncated, DataErrorKind.Corrupt));
        Assert.That(e.FilePath, Is.EqualTo(path));
    }

    [Test]
    public void CorruptGzipStreamIsWrapped()
    {
        byte[] gz = TempFolder.Gzip(TempFolder.Idx([Images, 100, 28, 28], 100 * 784));
        for (int i = 10; i < 40; i++) gz[i] ^= 0xA5;
        string path = _temp.File("corrupt.gz");
        File.WriteAllBytes(path, gz);
        var e = ReadImagesFails(path);
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.Corrupt).Or.EqualTo(DataErrorKind.BadMagic));
        Assert.That(e.FilePath, Is.EqualTo(path));
    }

    [TestCase("huge")]
    [TestCase("huge.gz")]
    public void HeaderClaimingTwoToThe31ImagesFailsWithoutAllocating(string name)
    {
        string path = _temp.Write(name, TempFolder.Idx([Images, 1u << 31, 28, 28], 784));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = ReadImagesFails(path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.Truncated));
        Assert.That(e.Message, Does.Contain("2,147,483,648 images"));
        Assert.That(allocated, Is.LessThan(16 << 20), "bytes allocated before failing");
    }

    [Test]
    public void ExtraBytesAfterThePayloadAreACountMismatch()
    {
        string path = _temp.Write("images", TempFolder.Idx([Images, 1, 28, 28], 784 + 5));
        var e = ReadImagesFails(path);
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.CountMismatch));
        Assert.That(e.Location, Is.EqualTo("byte offset 800"));
    }

    [Test]
    public void ImageAndLabelCountsMustMatch()
    {
        string images = _temp.Write("images", TempFolder.Idx([Images, 3, 28, 28], 3 * 784));
        string labels = _temp.Write("labels", TempFolder.Idx([Labels, 2], 2));
        var e = Assert.Throws<FashionDataException>(() => IdxReader.Read(images, labels))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.CountMismatch));
        Assert.That(e.FilePath, Is.EqualTo(labels));
        Assert.That(e.Message, Does.Contain("3 labels").And.Contain("found 2"));
    }

    [Test]
    public void LabelTenNamesItsByteOffset()
    {
        byte[] bytes = TempFolder.Idx([Labels, 4], 4);
        bytes[8 + 2] = 10;
        string path = _temp.Write("labels.gz", bytes);
        var e = Assert.Throws<FashionDataException>(() => IdxReader.ReadLabels(path))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.BadLabel));
        Assert.That(e.Location, Is.EqualTo("byte offset 10"));
        Assert.That(e.Found, Is.EqualTo("10"));
    }

    [Test]
    public void EmptyFileIsTruncatedAtOffsetZero()
    {
        string path = _temp.Write("empty", []);
        var e = ReadImagesFails(path);
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.Truncated));
        Assert.That(e.Location, Is.EqualTo("byte offset 0"));
    }

    [Test]
    public void MissingFileIsNotFound()
    {
        string path = _temp.File("nope.gz");
        var e = ReadImagesFails(path);
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.NotFound));
        Assert.That(e.FilePath, Is.EqualTo(path));
    }
}
