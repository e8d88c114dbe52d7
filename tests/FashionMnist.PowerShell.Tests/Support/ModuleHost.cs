using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace FashionMnist.PowerShell.Tests.Support;

/// <summary>What a script produced: its output objects and every error record (terminating or not).</summary>
public sealed record ScriptResult(Collection<PSObject> Output, IReadOnlyList<ErrorRecord> Errors)
{
    public T Single<T>()
    {
        Assert.That(Errors, Is.Empty, () => string.Join("\n", Errors.Select(e => $"{e.FullyQualifiedErrorId}: {e}")));
        Assert.That(Output, Has.Count.EqualTo(1));
        // Types of the module itself are read through the PSObject (dynamic), as a script sees them.
        return typeof(T) == typeof(PSObject) ? (T)(object)Output[0] : (T)Output[0].BaseObject;
    }

    /// <summary>The ErrorId a cmdlet gave (FullyQualifiedErrorId is "ErrorId,Namespace.CommandClass").</summary>
    public string SingleErrorId()
    {
        Assert.That(Errors, Has.Count.EqualTo(1), () => string.Join("\n", Errors.Select(e => e.FullyQualifiedErrorId)));
        return Errors[0].FullyQualifiedErrorId.Split(',')[0];
    }
}

/// <summary>
/// A fresh runspace with the BUILT module imported from modules/FashionMnist, as a user would import it.
/// One per fixture: a module DLL cannot be unloaded, so each fixture gets its own runspace, not its own process.
/// </summary>
public sealed class ModuleHost : IDisposable
{
    private readonly Runspace _runspace;

    public ModuleHost(string workingDirectory)
    {
        string manifest = Path.Combine(RepoRoot, "modules", "FashionMnist", "FashionMnist.psd1");
        string dll = Path.Combine(RepoRoot, "modules", "FashionMnist", "lib", "FashionMnist.PowerShell.dll");
        if (!File.Exists(dll))
            Assert.Fail($"The module is not built: {dll} is missing. Run `dotnet pwsh ./build.ps1 Build` first.");
        // CreateDefault, not CreateDefault2: the SDK ships no $PSHOME/Modules folder to autoload
        // Microsoft.PowerShell.Utility/Management from, so CreateDefault2 has no Out-String or Set-Location.
        _runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault());
        _runspace.Open();
        var import = Run($"Import-Module '{manifest}' -ErrorAction Stop; Set-Location -LiteralPath '{workingDirectory}'");
        Assert.That(import.Errors, Is.Empty, () => $"Import-Module failed: {string.Join("\n", import.Errors)}");
    }

    /// <summary>The folder holding FashionMnist.sln, found by walking up from the test assembly.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public void SetVariable(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);
    public object? GetVariable(string name) => _runspace.SessionStateProxy.GetVariable(name);

    public ScriptResult Run(string script)
    {
        using var ps = System.Management.Automation.PowerShell.Create(_runspace);
        ps.AddScript(script);
        var errors = new List<ErrorRecord>();
        Collection<PSObject> output;
        try
        {
            output = ps.Invoke();
        }
        catch (RuntimeException e)
        {
            output = [];
            errors.Add(e.ErrorRecord);
        }
        errors.InsertRange(0, ps.Streams.Error);
        return new ScriptResult(output, errors);
    }

    /// <summary>A pipeline started asynchronously, for Stop tests.</summary>
    public System.Management.Automation.PowerShell Create() => System.Management.Automation.PowerShell.Create(_runspace);

    public void Dispose() => _runspace.Dispose();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FashionMnist.sln"))) return dir.FullName;
        throw new InvalidOperationException("No FashionMnist.sln above the test assembly.");
    }
}
