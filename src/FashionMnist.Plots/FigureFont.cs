using SkiaSharp;

namespace FashionMnist.Plots;

/// <summary>A font face found on disk: its family name and the regular and bold files.</summary>
public sealed class FigureFont
{
    internal FigureFont(string family, string regularPath, string boldPath)
    {
        Family = family;
        RegularPath = regularPath;
        BoldPath = boldPath;
        Regular = SKTypeface.FromFile(regularPath);
        Bold = SKTypeface.FromFile(boldPath);
    }

    public string Family { get; }
    public string RegularPath { get; }
    public string BoldPath { get; }

    /// <summary>Typefaces for figures drawn with SkiaSharp directly (image grids, pixel values).</summary>
    internal SKTypeface Regular { get; }
    internal SKTypeface Bold { get; }

    public override string ToString() => $"{Family} ({RegularPath})";
}
