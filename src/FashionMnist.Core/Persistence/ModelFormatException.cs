namespace FashionMnist.Persistence;

/// <summary>A model file that cannot be read: names the file, where in it, what was expected and what was found.</summary>
public sealed class ModelFormatException(string path, string location, string expected, string found, Exception? inner = null)
    : Exception($"{path}{(location.Length > 0 ? $", {location}" : "")}: expected {expected}, found {found}.", inner)
{
    public string FilePath { get; } = path;
    public string Location { get; } = location;
    public string Expected { get; } = expected;
    public string Found { get; } = found;
}
