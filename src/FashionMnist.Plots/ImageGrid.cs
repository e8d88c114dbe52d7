using FashionMnist.Data;
using SkiaSharp;

namespace FashionMnist.Plots;

/// <summary>Lays captioned images out in rows × columns, drawn with SkiaSharp directly
/// (simpler and sharper than a ScottPlot multiplot for pictures without axes).</summary>
internal static class ImageGrid
{
    private const int ImageSize = FashionDataset.Width * 7;   // 196 px: each pixel a 7 px square
    private const float CaptionSize = 16;
    private const int CaptionHeight = 30;
    private const int Gap = 20;
    private const int TitleHeight = 56;

    public static byte[] Render(FashionDataset data, IReadOnlyList<Tile> tiles, int rows, int columns,
        string? title, SKColor captionInk)
    {
        if (rows < 1 || columns < 1)
            throw new ArgumentOutOfRangeException(nameof(rows), $"A grid needs at least 1×1 cells; got {rows}×{columns}.");
        if (tiles.Count == 0 || tiles.Count > rows * columns)
            throw new ArgumentException($"A {rows}×{columns} grid holds 1–{rows * columns} images; got {tiles.Count}.", nameof(tiles));

        using var captionFont = SkiaText.Font(CaptionSize);
        using var titleFont = SkiaText.Font(22, bold: true);
        // Columns are as wide as the longest caption, so "Real=Ankle boot, Pred=Sneaker" is never clipped.
        int tileWidth = (int)Math.Ceiling(Math.Max(ImageSize, tiles.Max(t => SkiaText.Width(t.Caption, captionFont)))) + Gap;
        int tileHeight = CaptionHeight + ImageSize + Gap;
        int top = title is null ? Gap : TitleHeight;
        int width = Math.Max(columns * tileWidth + Gap, title is null ? 0 : (int)SkiaText.Width(title, titleFont) + 2 * Gap);
        int left = (width - columns * tileWidth) / 2;

        return PngFile.Render(width, top + rows * tileHeight, canvas =>
        {
            if (title is not null) SkiaText.DrawCentered(canvas, title, width / 2f, TitleHeight / 2f, titleFont, SKColors.Black);
            using var frame = new SKPaint { Color = new SKColor(160, 160, 160), Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
            for (int i = 0; i < tiles.Count; i++)
            {
                float centerX = left + (i % columns + 0.5f) * tileWidth;
                float tileTop = top + i / columns * tileHeight;
                SkiaText.DrawCentered(canvas, tiles[i].Caption, centerX, tileTop + CaptionHeight / 2f, captionFont, captionInk);
                var box = SKRect.Create(centerX - ImageSize / 2f, tileTop + CaptionHeight, ImageSize, ImageSize);
                GreyImage.Draw(canvas, data.Image(tiles[i].Index), box);
                canvas.DrawRect(box, frame);
            }
        });
    }
}
