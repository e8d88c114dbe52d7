using System.Management.Automation;
using FashionMnist.Model;
using FashionMnist.Persistence;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Import-Mlp: reads a model saved by Export-Mlp, checking its checksum and shape.</summary>
[Cmdlet(VerbsData.Import, "Mlp")]
[OutputType(typeof(Mlp))]
public sealed class ImportMlpCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName", "PSPath")]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = null!;

    protected override void ProcessRecord()
    {
        string path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        if (!File.Exists(path))
        {
            WriteError(Errors.FileNotFound("ModelFileNotFound", path, "a model file saved by Export-Mlp"));
            return;
        }
        try
        {
            WriteObject(ModelFile.Load(path).Model);
        }
        catch (ModelFormatException e)
        {
            WriteError(Errors.FromModelFile(e));
        }
    }
}
