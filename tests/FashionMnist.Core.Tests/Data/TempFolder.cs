using System.Buffers.Binary;
using System.IO.Compression;
using FashionMnist.Data;

namespace FashionMnist.Core.Tests.Data;

/// <summary>A fresh folder under the system temp folder, deleted on Dispose, plus builders for test files.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fm-data-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/>, gzipped when the name ends in .gz.</summary>
    public string Write(string name, byte[] bytes)
    {
        string path = File(name);
        if (name.EndsWith(".gz")) System.IO.File.WriteAllBytes(path, Gzip(bytes));
        else System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteText(string name, string text) => Write(name, System.Text.Encoding.ASCII.GetBytes(text));

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(bytes);
        return output.ToArray();
    }

    /// <summary>n images with varied pixels (all of 0–255 appear) and labels i mod 10.</summary>
    public static FashionDataset Synthetic(int n)
    {
        var pixels = new byte[n * FashionDataset.Pixels];
        for (int i = 0; i < pixels.Length; i++) pixels[i] = (byte)(i * 31 + i / 7);
        var labels = new byte[n];
        for (int i = 0; i < n; i++) labels[i] = (byte)(i % 10);
        return new FashionDataset(pixels, labels, "synthetic");
    }

    /// <summary>An IDX header of big-endian 32-bit fields followed by <paramref name="payload"/> bytes.</summary>
    public static byte[] Idx(uint[] header, int payload)
    {
        var bytes = new byte[header.Length * 4 + payload];
        for (int i = 0; i < header.Length; i++) BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(i * 4), header[i]);
        return bytes;
    }

    /// <summary>A CSV line: label then 784 pixels, all given by <paramref name="pixel"/>.</summary>
    public static string CsvRow(int label, int values = FashionDataset.Pixels, string pixel = "0") =>
        label + string.Concat(Enumerable.Repeat("," + pixel, values));
}
