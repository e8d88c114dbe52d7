using System.Management.Automation;
using FashionMnist.Data;

namespace FashionMnist.PowerShell.Infrastructure;

/// <summary>Where cmdlets get data when the user gives none: the core's search order, with the
/// current location's data/ folder as the project-local candidate.</summary>
internal static class DataSource
{
    public static FashionDataset Load(PSCmdlet cmdlet, string? path, FashionSet set)
    {
        string here = cmdlet.SessionState.Path.CurrentFileSystemLocation.ProviderPath;
        try
        {
            return FashionData.Load(path, set, [Path.Combine(here, "data")]);
        }
        catch (FashionDataException e)
        {
            cmdlet.ThrowTerminatingError(Errors.FromData(e));
            throw; // not reached: ThrowTerminatingError always throws
        }
    }

    /// <summary>The challenge's data and split: the 60,000 training images, 80/10/10, seed 100.</summary>
    public static DatasetSplit ChallengeSplit(PSCmdlet cmdlet) => DataSplitter.Split(Load(cmdlet, null, FashionSet.Train));
}
