namespace FashionMnist.PowerShell.Tests.Support;

/// <summary>Base of every fixture: a temporary working folder, a runspace with the module imported there,
/// and $small (2,000 learnable images) defined in it.</summary>
public abstract class ModuleFixture
{
    protected ModuleHost Host { get; private set; } = null!;
    protected string WorkDir { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        WorkDir = Directory.CreateTempSubdirectory("fm-ps-tests-").FullName;
        Host = new ModuleHost(WorkDir);
        Host.SetVariable("small", SmallData.Create());
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        Host.Dispose();
        Directory.Delete(WorkDir, recursive: true);
    }

    protected string InWorkDir(params string[] parts) => Path.Combine([WorkDir, .. parts]);
}
