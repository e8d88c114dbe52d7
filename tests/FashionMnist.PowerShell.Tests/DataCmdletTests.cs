using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.PowerShell.Tests.Support;

namespace FashionMnist.PowerShell.Tests;

public sealed class DataCmdletTests : ModuleFixture
{
    [Test]
    public void ImportFashionData_FromAnIdxFolder()
    {
        var data = Host.Run("Import-FashionData -Path small-idx").Single<FashionDataset>();
        Assert.That(data.Count, Is.EqualTo(2000));
        Assert.That(data.ClassCounts(), Is.All.EqualTo(200));
        Assert.That(data.PixelBytes.SequenceEqual(SmallData.Create().PixelBytes));
    }

    [Test]
    public void ImportFashionData_FromCsv_MatchesTheIdx()
    {
        var csv = Host.Run("Import-FashionData small.csv").Single<FashionDataset>();
        Assert.That(csv.LabelBytes.SequenceEqual(SmallData.Create().LabelBytes));
        Assert.That(csv.PixelBytes.SequenceEqual(SmallData.Create().PixelBytes));
    }

    [Test]
    public void ImportFashionData_DefaultView_ShowsCountShapeAndClasses()
    {
        string text = string.Join("\n", Host.Run("Import-FashionData small.csv | Out-String -Width 120").Output);
        Assert.That(text, Does.Contain("2000").And.Contain("(2000, 784)").And.Contain("Ankle boot"));
    }

    [Test]
    public void ImportFashionData_MissingPath_IsDataNotFound()
    {
        var result = Host.Run("Import-FashionData -Path no/such/file.csv");
        Assert.That(result.SingleErrorId(), Is.EqualTo("DataNotFound"));
        Assert.That(result.Errors[0].CategoryInfo.Category, Is.EqualTo(ErrorCategory.ObjectNotFound));
        Assert.That(result.Errors[0].TargetObject, Is.EqualTo(InWorkDir("no", "such", "file.csv")));
    }

    [Test]
    public void ImportFashionData_CsvRowWith786Values_IsInvalidDataFile()
    {
        string path = InWorkDir("bad.csv");
        var lines = File.ReadLines(InWorkDir("small.csv")).Take(4).ToList();
        lines[3] += ",0";
        File.WriteAllLines(path, lines);
        var result = Host.Run("Import-FashionData bad.csv");
        Assert.That(result.SingleErrorId(), Is.EqualTo("InvalidDataFile"));
        Assert.That(result.Errors[0].CategoryInfo.Category, Is.EqualTo(ErrorCategory.InvalidData));
        Assert.That(result.Errors[0].Exception.Message, Does.Contain("785").And.Contain("786"));
    }

    [Test]
    public void ExportFashionCsv_RoundTrips()
    {
        Host.Run("$small | Export-FashionCsv -Path out/train.csv");
        var back = CsvDataReader.Read(InWorkDir("out", "train.csv"));
        Assert.That(back.PixelBytes.SequenceEqual(SmallData.Create().PixelBytes));
        Assert.That(File.ReadLines(InWorkDir("out", "train.csv")).First(), Does.StartWith("label,pixel1,"));
    }

    [Test]
    public void ExportFashionCsv_WhatIf_WritesNothing()
    {
        var result = Host.Run("$small | Export-FashionCsv -Path whatif/train.csv -WhatIf");
        Assert.That(result.Errors, Is.Empty);
        Assert.That(Directory.Exists(InWorkDir("whatif")), Is.False);
    }

    [Test]
    public void ExportFashionCsv_NoClobber_KeepsTheExistingFile()
    {
        File.WriteAllText(InWorkDir("keep.csv"), "keep");
        Assert.That(Host.Run("$small | Export-FashionCsv -Path keep.csv -NoClobber").SingleErrorId(), Is.EqualTo("FileExists"));
        Assert.That(File.ReadAllText(InWorkDir("keep.csv")), Is.EqualTo("keep"));
    }
}
