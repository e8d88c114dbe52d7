using FashionMnist.Data;

namespace FashionMnist.Core.Tests.Data;

/// <summary>Search order: explicit path > $FASHION_MNIST_DIR > data directories > the system folder.
/// Each candidate folder holds a set of a different size, so the loaded count tells which one won.</summary>
[NonParallelizable]
public class DataLocatorTests
{
    private TempFolder _temp = null!;
    private string? _savedEnvironment;
    private string _explicit = null!, _environment = null!, _dataDir = null!;

    [SetUp]
    public void CreateFolders()
    {
        _temp = new TempFolder();
        _savedEnvironment = Environment.GetEnvironmentVariable(DataLocator.EnvironmentVariable);
        _explicit = Folder("explicit", 1, gz: true);
        _environment = Folder("environment", 2, gz: false);
        _dataDir = Folder("data", 3, gz: true);
    }

    [TearDown]
    public void Restore()
    {
        Environment.SetEnvironmentVariable(DataLocator.EnvironmentVariable, _savedEnvironment);
        _temp.Dispose();
    }

    private string Folder(string name, int count, bool gz)
    {
        string dir = Path.Combine(_temp.Path, name), ext = gz ? ".gz" : "";
        IdxWriter.Write(TempFolder.Synthetic(count), Path.Combine(dir, "train-images-idx3-ubyte" + ext),
            Path.Combine(dir, "train-labels-idx1-ubyte" + ext));
        return dir;
    }

    private int LoadCount(string? path) => FashionData.Load(path, FashionSet.Train, [_dataDir]).Count;

    [Test]
    public void ExplicitPathWinsOverEverything()
    {
        Environment.SetEnvironmentVariable(DataLocator.EnvironmentVariable, _environment);
        Assert.That(LoadCount(_explicit), Is.EqualTo(1));
    }

    [Test]
    public void EnvironmentVariableWinsOverDataDirectories()
    {
        Environment.SetEnvironmentVariable(DataLocator.EnvironmentVariable, _environment);
        Assert.That(LoadCount(null), Is.EqualTo(2));
    }

    [Test]
    public void DataDirectoriesComeBeforeTheSystemFolder()
    {
        Environment.SetEnvironmentVariable(DataLocator.EnvironmentVariable, null);
        Assert.That(LoadCount(null), Is.EqualTo(3));
    }

    [Test]
    public void SystemFolderIsTheLastResort()
    {
        if (!Directory.Exists(DataLocator.SystemDirectory)) Assert.Ignore($"{DataLocator.SystemDirectory} is absent.");
        Environment.SetEnvironmentVariable(DataLocator.EnvironmentVariable, null);
        var location = DataLocator.Locate(FashionSet.Test, null, [_temp.File("nothing-here")]);
        Assert.That(location.ImagesPath, Does.StartWith(DataLocator.SystemDirectory));
        Assert.That(location.Searched, Has.Count.EqualTo(3));
    }

    [Test]
    public void ImagesFileFindsItsLabelsBeside()
    {
        var location = DataLocator.Locate(FashionSet.Test, Path.Combine(_environment, "train-images-idx3-ubyte"), null);
        Assert.That(location.LabelsPath, Is.EqualTo(Path.Combine(_environment, "train-labels-idx1-ubyte")));
    }

    [Test]
    public void CsvPathIsReadAsCsv()
    {
        string csv = _temp.File("train.csv.gz");
        CsvDataWriter.Write(TempFolder.Synthetic(4), csv);
        Assert.That(LoadCount(csv), Is.EqualTo(4));
    }

    [Test]
    public void NothingFoundListsEveryPlaceAndHowToGetTheData()
    {
        Environment.SetEnvironmentVariable(DataLocator.EnvironmentVariable, _temp.File("env-empty"));
        string missing = _temp.File("no-data"), system = _temp.File("no-system");
        var e = Assert.Throws<FashionDataException>(() => DataLocator.Locate(FashionSet.Train, null, [missing], system))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.NotFound));
        Assert.That(e.Message, Does.Contain(missing).And.Contain("env-empty").And.Contain(system)
            .And.Contain("apt-get install dataset-fashion-mnist").And.Contain("./build.ps1 Data"));
    }

    [Test]
    public void MissingExplicitPathIsNotFoundAndNamesIt()
    {
        string missing = _temp.File("typo");
        var e = Assert.Throws<FashionDataException>(() => FashionData.Load(missing))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.NotFound));
        Assert.That(e.FilePath, Is.EqualTo(missing));
    }

    [Test]
    public void FolderWithoutTheFilesIsNotFound()
    {
        var e = Assert.Throws<FashionDataException>(() => FashionData.Load(_temp.Path))!;
        Assert.That(e.Kind, Is.EqualTo(DataErrorKind.NotFound));
        Assert.That(e.Message, Does.Contain("apt-get install dataset-fashion-mnist"));
    }
}
