using System.Management.Automation;
using FashionMnist.Data;

namespace FashionMnist.PowerShell.Infrastructure;

/// <summary>Export-SampleGrid and Export-PixelValues draw images of a dataset: the piped one, or the default data.</summary>
internal static class ImageSelection
{
    public static FashionDataset DataOrDefault(PSCmdlet cmdlet, FashionDataset? data) =>
        data ?? DataSource.Load(cmdlet, null, FashionSet.Train);

    /// <summary>Stops with InvalidImageIndex when an index is not an image of <paramref name="data"/>.</summary>
    public static void CheckIndices(PSCmdlet cmdlet, FashionDataset data, IEnumerable<int> indices)
    {
        foreach (int index in indices)
            if (index < 0 || index >= data.Count)
                cmdlet.ThrowTerminatingError(Errors.InvalidArgument("InvalidImageIndex",
                    $"Expected an image index from 0 to {data.Count - 1}; found {index}.", index));
    }
}
