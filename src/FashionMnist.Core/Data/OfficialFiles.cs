using System.Security.Cryptography;

namespace FashionMnist.Data;

/// <summary>One official Fashion-MNIST file, described by its decompressed bytes.</summary>
public sealed record OfficialFile(string Name, FashionSet Set, bool IsImages, long Size, string Sha256)
{
    public string GzName => Name + ".gz";
}

/// <summary>
/// The four official files and the size and SHA-256 of their decompressed bytes: the Debian copy is
/// recompressed (other .gz bytes) but must decompress to exactly what the upstream mirror serves.
/// </summary>
public static class OfficialFiles
{
    public static readonly OfficialFile TrainImages = new("train-images-idx3-ubyte", FashionSet.Train, true, 47_040_016,
        "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888");
    public static readonly OfficialFile TrainLabels = new("train-labels-idx1-ubyte", FashionSet.Train, false, 60_008,
        "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9");
    public static readonly OfficialFile TestImages = new("t10k-images-idx3-ubyte", FashionSet.Test, true, 7_840_016,
        "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b");
    public static readonly OfficialFile TestLabels = new("t10k-labels-idx1-ubyte", FashionSet.Test, false, 10_008,
        "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34");

    public static IReadOnlyList<OfficialFile> All { get; } = [TrainImages, TrainLabels, TestImages, TestLabels];

    public static OfficialFile Images(FashionSet set) => set == FashionSet.Train ? TrainImages : TestImages;
    public static OfficialFile Labels(FashionSet set) => set == FashionSet.Train ? TrainLabels : TestLabels;

    /// <summary>Checks a file named like an official one (with or without .gz) against that file's size and hash.</summary>
    public static void Verify(string gzOrRawPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(gzOrRawPath);
        string name = Path.GetFileName(gzOrRawPath);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        OfficialFile expected = All.FirstOrDefault(f => f.Name == name)
            ?? throw new ArgumentException(
                $"{gzOrRawPath} is not named like an official file ({string.Join(", ", All.Select(f => f.Name))}[.gz]).",
                nameof(gzOrRawPath));
        Verify(gzOrRawPath, expected);
    }

    /// <summary>Throws BadChecksum unless the decompressed bytes of <paramref name="gzOrRawPath"/> are <paramref name="expected"/>.</summary>
    public static void Verify(string gzOrRawPath, OfficialFile expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        using var file = DataFile.Open(gzOrRawPath);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] buffer = new byte[1 << 20];
        int n;
        while ((n = file.Read(buffer)) > 0) hash.AppendData(buffer, 0, n);
        string found = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (file.Position != expected.Size || found != expected.Sha256)
            throw new FashionDataException(DataErrorKind.BadChecksum, gzOrRawPath, "",
                $"{expected.Name}: {expected.Size:N0} bytes with SHA-256 {expected.Sha256}",
                $"{file.Position:N0} bytes with SHA-256 {found}");
    }
}
