using SkiaSharp;

namespace FashionMnist.Plots;

/// <summary>
/// The one place that finds the font every figure draws with. Skia and ScottPlot draw no text at all,
/// and raise no error, when the face they ask for is missing; so we load a font file ourselves, check
/// that it has glyphs, hand it to ScottPlot, and throw a clear error when none is found.
/// </summary>
public static class Fonts
{
    // Preferred faces, in order: DejaVu Sans (Debian/Ubuntu fonts-dejavu-core), then faces that ship
    // with Fedora, Windows and macOS, so the figures render there too.
    private static readonly (string Family, string Regular, string Bold)[] Candidates =
    [
        ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("Arial", "arial.ttf", "arialbd.ttf"),
        ("Arial", "Arial.ttf", "Arial Bold.ttf"),
    ];

    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    private static readonly Lazy<FigureFont> SystemFont = new(() => Register(Find(DefaultFolders())));

    /// <summary>The figures' font, found in the system font folders and registered as ScottPlot's default
    /// on first use. Throws <see cref="InvalidOperationException"/> when no usable font is installed.</summary>
    public static FigureFont Default => SystemFont.Value;

    /// <summary>Searches <paramref name="folders"/> (recursively) for the first usable candidate face.</summary>
    /// <exception cref="InvalidOperationException">No candidate font file exists, or none has glyphs.</exception>
    public static FigureFont Find(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var searched = folders.ToList();
        var existing = searched.Where(Directory.Exists).ToList();
        foreach (var (family, regularName, boldName) in Candidates)
        {
            string? regular = FindUsable(existing, regularName);
            if (regular is null) continue;
            // A missing bold face is not worth failing for: titles then use the regular one.
            return new FigureFont(family, regular, FindUsable(existing, boldName) ?? regular);
        }
        throw new InvalidOperationException(
            "No font found for the figures (without one, every label would be silently blank). Looked for " +
            string.Join(", ", Candidates.Select(c => c.Regular).Distinct()) + " under " +
            string.Join(", ", searched) + ". Install one: on Debian/Ubuntu `apt-get install fonts-dejavu-core`.");
    }

    private static string? FindUsable(IReadOnlyList<string> folders, string fileName)
    {
        foreach (string folder in folders)
            foreach (string path in Directory.EnumerateFiles(folder, fileName, Recursive))
            {
                // A truncated or empty file loads as null or as a face without digits: skip it.
                using var typeface = SKTypeface.FromFile(path);
                if (typeface is not null && typeface.ContainsGlyphs("0123456789Epoch")) return path;
            }
        return null;
    }

    private static IEnumerable<string> DefaultFolders()
    {
        if (OperatingSystem.IsWindows())
            return [Environment.GetFolderPath(Environment.SpecialFolder.Fonts)];
        if (OperatingSystem.IsMacOS())
            return ["/Library/Fonts", "/System/Library/Fonts",
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library/Fonts")];
        return ["/usr/share/fonts", "/usr/local/share/fonts",
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local/share/fonts")];
    }

    // ScottPlot resolves faces by family name; registering the files we found makes that name
    // mean exactly these files, whatever fontconfig would have substituted.
    private static FigureFont Register(FigureFont font)
    {
        ScottPlot.Fonts.AddFontFile(font.Family, font.RegularPath, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(font.Family, font.BoldPath, bold: true, italic: false);
        ScottPlot.Fonts.Default = font.Family;
        return font;
    }
}
