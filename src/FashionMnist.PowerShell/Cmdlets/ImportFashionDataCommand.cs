using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Import-FashionData: reads Fashion-MNIST (IDX .gz or CSV) into a dataset of raw pixels and labels.</summary>
[Cmdlet(VerbsData.Import, "FashionData")]
[OutputType(typeof(FashionDataset))]
public sealed class ImportFashionDataCommand : PSCmdlet
{
    /// <summary>A CSV file, an IDX images file, or a folder with the official files. Omitted: the default search.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName", "PSPath")]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Which official set to read from a folder: the 60,000 training or the 10,000 test images.</summary>
    [Parameter]
    public FashionSet Set { get; set; } = FashionSet.Train;

    protected override void ProcessRecord()
    {
        string? resolved = Path is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        var data = DataSource.Load(this, resolved, Set);
        WriteVerbose($"Read {data.Count} images from {data.Source}.");
        WriteObject(data);
    }
}
