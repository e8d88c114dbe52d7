using FashionMnist.Data;

namespace FashionMnist.PowerShell.Tests.Support;

/// <summary>Base of every fixture: a temporary working folder, a runspace with the module imported there,
/// $small (2,000 learnable images) defined in it, and the same images on disk as official-named IDX .gz
/// files in small-idx/ and as small.csv.</summary>
public abstract class ModuleFixture
{
    protected ModuleHost Host { get; private set; } = null!;
    protected string WorkDir { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        WorkDir = Directory.CreateTempSubdirectory("fm-ps-tests-").FullName;
        Host = new ModuleHost(WorkDir);
        var small = SmallData.Create();
        Host.SetVariable("small", small);
        IdxWriter.Write(small, InWorkDir("small-idx", "train-images-idx3-ubyte.gz"), InWorkDir("small-idx", "train-labels-idx1-ubyte.gz"));
        CsvDataWriter.Write(small, InWorkDir("small.csv"));
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        Host.Dispose();
        Directory.Delete(WorkDir, recursive: true);
    }

    protected string InWorkDir(params string[] parts) => Path.Combine([WorkDir, .. parts]);
}
