using System.IO.Compression;
using FashionMnist.Persistence;

namespace FashionMnist.Data;

/// <summary>Output helper shared by the writers.</summary>
internal static class DataStreams
{
    /// <summary>
    /// Writes <paramref name="path"/> atomically, through gzip when the name ends in .gz. Fastest level:
    /// a 130 MB CSV compresses in about a second instead of several, for a file only a little larger.
    /// </summary>
    public static void WriteAtomically(string path, Action<Stream> write) =>
        AtomicFile.Write(path, target =>
        {
            if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                write(target);
                return;
            }
            // leaveOpen: AtomicFile still flushes the file to disk after this returns.
            using var gzip = new GZipStream(target, CompressionLevel.Fastest, leaveOpen: true);
            write(gzip);
        });
}
