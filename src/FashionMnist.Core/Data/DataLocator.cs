namespace FashionMnist.Data;

/// <summary>
/// Finds the data, in the order DESIGN.md fixes: an explicit path; <c>$FASHION_MNIST_DIR</c>; the data
/// directories (default <c>./data</c>); <c>/usr/share/datasets/fashion-mnist</c>. A folder may hold the
/// IDX files gzipped or not. When nothing is found, one error lists every place looked at.
/// </summary>
public static class DataLocator
{
    public const string EnvironmentVariable = "FASHION_MNIST_DIR";
    public const string SystemDirectory = "/usr/share/datasets/fashion-mnist";
    public const string HowToGetData =
        "get the data with `sudo apt-get install dataset-fashion-mnist`, or `./build.ps1 Data` (downloads into data/)";

    private const string ImagesMarker = "-images-idx3-ubyte";
    private const string LabelsMarker = "-labels-idx1-ubyte";

    public static DataLocation Locate(FashionSet set = FashionSet.Train, string? path = null,
        IReadOnlyList<string>? dataDirectories = null) => Locate(set, path, dataDirectories, SystemDirectory);

    /// <summary>Tests pass another system folder, so "nothing found" can be checked on a machine that has the data.</summary>
    internal static DataLocation Locate(FashionSet set, string? path, IReadOnlyList<string>? dataDirectories,
        string systemDirectory)
    {
        if (!string.IsNullOrEmpty(path)) return LocateExplicit(path, set);

        var searched = new List<string>();
        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrEmpty(fromEnvironment)) searched.Add($"${EnvironmentVariable} (not set)");
        else if (TryFolder(fromEnvironment, set, searched, $" (${EnvironmentVariable})") is { } found) return found;

        foreach (string directory in dataDirectories ?? [Path.Combine(Environment.CurrentDirectory, "data")])
            if (TryFolder(directory, set, searched, "") is { } found) return found;

        return TryFolder(systemDirectory, set, searched, "")
            ?? throw new FashionDataException(DataErrorKind.NotFound, $"Fashion-MNIST {Describe(set)}", "",
                $"{FileNames(set)} in one of: {string.Join("; ", searched)}", $"none of them; {HowToGetData}");
    }

    private static DataLocation LocateExplicit(string path, FashionSet set)
    {
        string[] searched = [path];
        if (Directory.Exists(path))
            return TryFolder(path, set, [], "") ?? throw new FashionDataException(DataErrorKind.NotFound, path, "",
                $"a folder holding {FileNames(set)}", $"neither; {HowToGetData}");
        if (!File.Exists(path))
            throw new FashionDataException(DataErrorKind.NotFound, path, "",
                "a folder, an *-images-idx3-ubyte[.gz] file or a .csv[.gz] file", "no such file or folder");

        string name = Path.GetFileName(path);
        if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase))
            return new DataLocation(null, null, path, searched);
        // Either file of an IDX pair names the other: the partner sits beside it, gzipped or not.
        if (name.Contains(ImagesMarker, StringComparison.Ordinal))
            return new DataLocation(path, Partner(path, ImagesMarker, LabelsMarker), null, searched);
        if (name.Contains(LabelsMarker, StringComparison.Ordinal))
            return new DataLocation(Partner(path, LabelsMarker, ImagesMarker), path, null, searched);
        throw new FashionDataException(DataErrorKind.NotFound, path, "",
            "a folder, an *-images-idx3-ubyte[.gz] file or a .csv[.gz] file", "a file of neither kind");
    }

    private static string Partner(string path, string marker, string partnerMarker)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string stem = StripGz(Path.GetFileName(path)).Replace(marker, partnerMarker, StringComparison.Ordinal);
        return FindEither(directory, stem) ?? throw new FashionDataException(DataErrorKind.NotFound,
            Path.Combine(directory, stem), "", $"{stem}[.gz] beside {path}", "no such file");
    }

    private static DataLocation? TryFolder(string directory, FashionSet set, List<string> searched, string note)
    {
        string images = OfficialFiles.Images(set).Name, labels = OfficialFiles.Labels(set).Name;
        if (!Directory.Exists(directory))
        {
            searched.Add($"{directory}{note} (no such folder)");
            return null;
        }
        string? imagesPath = FindEither(directory, images), labelsPath = FindEither(directory, labels);
        if (imagesPath is not null && labelsPath is not null)
            return new DataLocation(imagesPath, labelsPath, null, [.. searched, directory + note]);
        string missing = imagesPath is null && labelsPath is null ? "no data files" : $"{(imagesPath is null ? images : labels)} missing";
        searched.Add($"{directory}{note} ({missing})");
        return null;
    }

    /// <summary>The gzipped file if present, else the uncompressed one, else null.</summary>
    private static string? FindEither(string directory, string name)
    {
        string gz = Path.Combine(directory, name + ".gz"), raw = Path.Combine(directory, name);
        return File.Exists(gz) ? gz : File.Exists(raw) ? raw : null;
    }

    private static string StripGz(string name) => name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;

    private static string FileNames(FashionSet set) =>
        $"{OfficialFiles.Images(set).Name}[.gz] and {OfficialFiles.Labels(set).Name}[.gz]";

    private static string Describe(FashionSet set) => set == FashionSet.Train ? "training set" : "test set";
}
