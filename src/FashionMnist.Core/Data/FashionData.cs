namespace FashionMnist.Data;

/// <summary>The entry point for loading Fashion-MNIST: locate (see <see cref="DataLocator"/>), then read IDX or CSV.</summary>
public static class FashionData
{
    /// <param name="path">A folder holding the IDX files, an *-images-idx3-ubyte[.gz] file, or a .csv[.gz] file.</param>
    /// <param name="set">Which official pair to look for in folders; ignored for an explicit file.</param>
    /// <param name="dataDirectories">Folders to search after $FASHION_MNIST_DIR; default ./data.</param>
    public static FashionDataset Load(string? path = null, FashionSet set = FashionSet.Train,
        IReadOnlyList<string>? dataDirectories = null)
    {
        DataLocation location = DataLocator.Locate(set, path, dataDirectories);
        return location.IsCsv
            ? CsvDataReader.Read(location.CsvPath!)
            : IdxReader.Read(location.ImagesPath!, location.LabelsPath!);
    }
}
