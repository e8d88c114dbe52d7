using SkiaSharp;

namespace FashionMnist.Plots;

/// <summary>Text drawn with SkiaSharp directly, always in the checked figure font
/// (see <see cref="Fonts"/>), so no label can silently come out blank.</summary>
internal static class SkiaText
{
    public static SKFont Font(float size, bool bold = false)
    {
        FigureFont face = Fonts.Default;
        return new SKFont(bold ? face.Bold : face.Regular, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
    }

    /// <summary>Draws <paramref name="text"/> centred horizontally on <paramref name="centerX"/> and
    /// vertically on <paramref name="centerY"/> (by cap height, which is what digits and capitals fill).</summary>
    public static void DrawCentered(SKCanvas canvas, string text, float centerX, float centerY, SKFont font, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        float baseline = centerY + font.Metrics.CapHeight / 2;
        canvas.DrawText(text, centerX, baseline, SKTextAlign.Center, font, paint);
    }

    public static float Width(string text, SKFont font) => font.MeasureText(text);
}
