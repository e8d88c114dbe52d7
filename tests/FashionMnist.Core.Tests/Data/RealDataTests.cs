using FashionMnist.Data;

namespace FashionMnist.Core.Tests.Data;

/// <summary>Known facts of the official files, checked on the Debian copy when it is installed.</summary>
public class RealDataTests
{
    private static string RequireSystemData()
    {
        if (!Directory.Exists(DataLocator.SystemDirectory))
            Assert.Ignore($"{DataLocator.SystemDirectory} is absent (apt-get install dataset-fashion-mnist).");
        return DataLocator.SystemDirectory;
    }

    [Test]
    public void TrainingSetHas60000ImagesAndStartsWithAnAnkleBoot()
    {
        var train = FashionData.Load(RequireSystemData(), FashionSet.Train);
        Assert.That(train.Count, Is.EqualTo(60_000));
        Assert.That(train.Label(0), Is.EqualTo(9));
        Assert.That(ClassNames.Of(train.Label(0)), Is.EqualTo("Ankle boot"));
    }

    [Test]
    public void TestSetHas10000Images() =>
        Assert.That(FashionData.Load(RequireSystemData(), FashionSet.Test).Count, Is.EqualTo(10_000));

    [Test]
    public void TrainingPixelMeanAndStandardDeviation()
    {
        var train = FashionData.Load(RequireSystemData());
        double sum = 0, sumSquares = 0;
        foreach (byte b in train.PixelBytes)
        {
            double v = b / 255.0;
            sum += v;
            sumSquares += v * v;
        }
        double n = train.PixelBytes.Length, mean = sum / n;
        Assert.That(mean, Is.EqualTo(0.2860406).Within(1e-6));
        Assert.That(Math.Sqrt(sumSquares / n - mean * mean), Is.EqualTo(0.3530242).Within(1e-6));
    }

    [Test]
    public void DebianFilesMatchTheOfficialChecksums()
    {
        string dir = RequireSystemData();
        foreach (var file in OfficialFiles.All)
            Assert.DoesNotThrow(() => OfficialFiles.Verify(Path.Combine(dir, file.GzName)), file.Name);
    }

    [Test]
    public void ChecksumMismatchIsBadChecksum()
    {
        using var temp = new TempFolder();
        string path = temp.Write("t10k-labels-idx1-ubyte.gz", TempFolder.Idx([IdxReader.LabelsMagic, 2], 2));
        var e = Assert.Throws<FashionDataException>(() => OfficialFiles.Verify(path))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.BadChecksum));
        Assert.That(e.Message, Does.Contain(OfficialFiles.TestLabels.Sha256));
    }

    [Test]
    public void PrintsLoadTimes()
    {
        string dir = RequireSystemData();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var train = FashionData.Load(dir);
        TestContext.Out.WriteLine($"IDX .gz, 60,000 images: {clock.Elapsed.TotalMilliseconds:F0} ms");
        using var temp = new TempFolder();
        CsvDataWriter.Write(train, temp.File("train.csv"));
        clock.Restart();
        CsvDataReader.Read(temp.File("train.csv"));
        TestContext.Out.WriteLine($"CSV, 60,000 rows: {clock.Elapsed.TotalMilliseconds:F0} ms");
    }
}
