namespace FashionMnist.Data;

/// <summary>What kind of data problem was found; PowerShell maps it to an ErrorId.</summary>
public enum DataErrorKind
{
    NotFound,
    Truncated,
    BadMagic,
    BadDimensions,
    CountMismatch,
    BadColumnCount,
    BadPixel,
    BadLabel,
    BadChecksum,
    DownloadFailed,
    /// <summary>The bytes cannot be decoded at all, e.g. a damaged gzip stream.</summary>
    Corrupt,
}

/// <summary>
/// The one exception every data reader throws for bad input. It names the file, where in it
/// (a 1-based CSV row or a byte offset), what was expected and what was found, so a user can
/// open the file at that place.
/// </summary>
public sealed class FashionDataException : Exception
{
    public FashionDataException(DataErrorKind kind, string path, string location, string expected, string found,
        Exception? inner = null)
        : base($"{path}{(location.Length > 0 ? $", {location}" : "")}: expected {expected}, found {found}.", inner)
    {
        Kind = kind;
        FilePath = path;
        Location = location;
        Expected = expected;
        Found = found;
    }

    public DataErrorKind Kind { get; }
    public string FilePath { get; }
    /// <summary>"row 17", "byte offset 16", or empty when the whole file is at fault.</summary>
    public string Location { get; }
    public string Expected { get; }
    public string Found { get; }
}
