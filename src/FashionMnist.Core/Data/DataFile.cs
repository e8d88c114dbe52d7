using System.Buffers.Binary;
using System.IO.Compression;

namespace FashionMnist.Data;

/// <summary>
/// A data file opened for reading, gzipped or raw (decided by the gzip magic bytes 1f 8b, not the
/// name). It counts decompressed bytes so every error can name a byte offset, turns a missing file
/// and a damaged gzip stream into <see cref="FashionDataException"/>, and knows an upper bound of
/// what is left so a lying header is caught before anything large is allocated.
/// </summary>
internal sealed class DataFile : IDisposable
{
    /// <summary>Deflate never expands data by more than about 1032:1, so a .gz of n bytes holds at most this many times n.</summary>
    private const long MaxDeflateRatio = 1032;
    private const int FileBufferSize = 1 << 20;

    private readonly FileStream _file;
    private readonly Stream _stream;

    private DataFile(string path, FileStream file, bool isGzip)
    {
        Path = path;
        _file = file;
        IsGzip = isGzip;
        _stream = isGzip ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    public string Path { get; }
    public bool IsGzip { get; }
    public long FileLength => _file.Length;
    /// <summary>Decompressed bytes consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>Upper bound of the decompressed bytes still to come (exact for a raw file).</summary>
    public long MaxRemaining => IsGzip ? FileLength * MaxDeflateRatio : FileLength - Position;

    public static DataFile Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize,
                FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FashionDataException(DataErrorKind.NotFound, path, "", "an existing file", "no such file", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new FashionDataException(DataErrorKind.NotFound, path, "", "a readable file", "access denied", e);
        }
        Span<byte> magic = stackalloc byte[2];
        bool isGzip = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        return new DataFile(path, file, isGzip);
    }

    /// <summary>Reads up to <paramref name="buffer"/>.Length bytes; 0 only at the end of the data.</summary>
    public int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = _stream.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new FashionDataException(DataErrorKind.Corrupt, Path, $"decompressed byte offset {Position}",
                "a valid gzip stream", $"damaged data ({e.Message})", e);
        }
        Position += n;
        return n;
    }

    /// <summary>Fills <paramref name="buffer"/> or throws Truncated naming <paramref name="what"/>.</summary>
    public void ReadExactly(Span<byte> buffer, string what)
    {
        long start = Position;
        int total = 0;
        while (total < buffer.Length)
        {
            int n = Read(buffer[total..]);
            if (n == 0)
                throw new FashionDataException(DataErrorKind.Truncated, Path, $"byte offset {start}",
                    $"{buffer.Length:N0} bytes of {what}", $"the end of the file after {total:N0}");
            total += n;
        }
    }

    public uint ReadBigEndianUInt32(string what)
    {
        Span<byte> bytes = stackalloc byte[4];
        ReadExactly(bytes, what);
        return BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    /// <summary>
    /// Reads exactly <paramref name="length"/> bytes into a new array. The length comes from a header,
    /// so it is checked against what the file can hold first, and a gzip payload is read into a buffer
    /// that grows only as data actually arrives.
    /// </summary>
    public byte[] ReadPayload(long length, string what)
    {
        long start = Position;
        if (length > MaxRemaining || length > Array.MaxLength)
            throw new FashionDataException(DataErrorKind.Truncated, Path, $"byte offset {start}",
                $"{length:N0} bytes of {what}",
                IsGzip ? $"a {FileLength:N0}-byte .gz file, which cannot hold that many" : $"{MaxRemaining:N0} bytes");
        // A gzip file usually expands a few times; start with that and grow only when data keeps coming.
        long firstGuess = IsGzip ? Math.Max(1 << 20, FileLength * 4) : length;
        var buffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(length, firstGuess));
        int filled = 0;
        while (filled < length)
        {
            if (filled == buffer.Length)
                Array.Resize(ref buffer, (int)Math.Min(length, 2L * buffer.Length));
            int n = Read(buffer.AsSpan(filled));
            if (n == 0)
                throw new FashionDataException(DataErrorKind.Truncated, Path, $"byte offset {start}",
                    $"{length:N0} bytes of {what}", $"the end of the file after {filled:N0}");
            filled += n;
        }
        return buffer;
    }

    /// <summary>Throws CountMismatch if bytes remain after what the header announced.</summary>
    public void ExpectEnd(string headerClaim)
    {
        Span<byte> probe = stackalloc byte[1];
        long end = Position;
        if (Read(probe) == 0) return;
        string extra = IsGzip ? "more data" : $"{FileLength - end:N0} more bytes";
        throw new FashionDataException(DataErrorKind.CountMismatch, Path, $"byte offset {end}",
            $"the end of the file ({headerClaim})", extra);
    }

    public void Dispose() => _stream.Dispose();
}
