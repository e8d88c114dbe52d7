using FashionMnist.Data;

namespace FashionMnist.Core.Tests.Data;

public class CsvTests
{
    private TempFolder _temp = null!;

    [SetUp] public void CreateFolder() => _temp = new TempFolder();
    [TearDown] public void DeleteFolder() => _temp.Dispose();

    [TestCase("d.csv", true)]
    [TestCase("d.csv", false)]
    [TestCase("d.csv.gz", true)]
    [TestCase("d.csv.gz", false)]
    public void WriteThenReadGivesTheSameDataset(string name, bool header)
    {
        var data = TempFolder.Synthetic(12);
        CsvDataWriter.Write(data, _temp.File(name), header);

        var read = CsvDataReader.Read(_temp.File(name));

        Assert.That(read.PixelBytes.ToArray(), Is.EqualTo(data.PixelBytes.ToArray()));
        Assert.That(read.LabelBytes.ToArray(), Is.EqualTo(data.LabelBytes.ToArray()));
    }

    [Test]
    public void WriterStartsWithTheChallengeHeader()
    {
        CsvDataWriter.Write(TempFolder.Synthetic(1), _temp.File("d.csv"));
        string first = File.ReadLines(_temp.File("d.csv")).First();
        Assert.That(first, Does.StartWith("label,pixel1,pixel2,").And.EndWith(",pixel784"));
    }

    [TestCase("\r\n", true)]
    [TestCase("\r\n", false)]
    [TestCase("\n", false)]
    public void CrlfAndMissingFinalNewlineAreAccepted(string newline, bool finalNewline)
    {
        string text = string.Join(newline, TempFolder.CsvRow(3, pixel: "7"), TempFolder.CsvRow(9, pixel: "255"))
            + (finalNewline ? newline : "");
        var read = CsvDataReader.Read(_temp.WriteText("d.csv", text));
        Assert.That(read.Count, Is.EqualTo(2));
        Assert.That(read.Label(1), Is.EqualTo(9));
        Assert.That(read.Image(0)[783], Is.EqualTo(7));
        Assert.That(read.Image(1)[0], Is.EqualTo(255));
    }

    [TestCase(783)]
    [TestCase(786)]
    public void WrongNumberOfValuesNamesTheLine(int pixels)
    {
        string path = _temp.WriteText("d.csv", $"{TempFolder.CsvRow(1)}\n{TempFolder.CsvRow(2, pixels)}\n");
        var e = Assert.Throws<FashionDataException>(() => CsvDataReader.Read(path))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.BadColumnCount));
        Assert.That(e.Location, Is.EqualTo("line 2"));
        Assert.That(e.Message, Does.Contain(path).And.Contain("785").And.Contain($"{pixels + 1} values"));
    }

    [TestCase("256")]
    [TestCase("abc")]
    [TestCase("-1")]
    [TestCase("3.5")]
    [TestCase("")]
    public void BadPixelNamesLineAndColumn(string pixel)
    {
        string row = TempFolder.CsvRow(4);
        row = row[..^2] + "," + pixel;                       // the last pixel, column 785
        string path = _temp.WriteText("d.csv.gz", $"label{string.Concat(Enumerable.Range(1, 784).Select(i => $",pixel{i}"))}\n{row}\n");
        var e = Assert.Throws<FashionDataException>(() => CsvDataReader.Read(path))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.BadPixel));
        Assert.That(e.Location, Is.EqualTo("line 2, column 785"));
        Assert.That(e.Found, Is.EqualTo($"\"{pixel}\""));
    }

    [Test]
    public void LabelTenIsRejected()
    {
        string path = _temp.WriteText("d.csv", $"{TempFolder.CsvRow(0)}\n{TempFolder.CsvRow(10)}\n");
        var e = Assert.Throws<FashionDataException>(() => CsvDataReader.Read(path))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.BadLabel));
        Assert.That(e.Location, Is.EqualTo("line 2, column 1"));
    }

    [Test]
    public void EmptyFileIsRejected()
    {
        string path = _temp.WriteText("d.csv", "");
        var e = Assert.Throws<FashionDataException>(() => CsvDataReader.Read(path))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.Truncated));
        Assert.That(e.Message, Does.Contain(path).And.Contain("empty"));
    }

    [Test]
    public void MissingFileIsNotFound()
    {
        var e = Assert.Throws<FashionDataException>(() => CsvDataReader.Read(_temp.File("none.csv")))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.NotFound));
    }
}
