using System.Globalization;
using FashionMnist.Data;
using SkiaSharp;

namespace FashionMnist.Plots;

/// <summary>
/// One image at 28×28 large cells with each pixel's raw value (0–255) printed in its cell
/// (the challenge's fig_fm_imagen_0_con_valores.png): shows students that an image is just numbers.
/// </summary>
public static class PixelValuesFigure
{
    // 36 px cells fit a three-digit number at a readable size; the margins hold the
    // title and the row/column indices.
    internal const int CellSize = 36;
    internal const int Left = 44;
    internal const int Top = 84;
    private const int Right = 24;
    private const int Bottom = 24;
    private const int GridSize = FashionDataset.Width * CellSize;

    /// <summary>Text is white on cells darker than this value, black on lighter ones.</summary>
    internal const int ContrastThreshold = 128;

    /// <summary>Renders image <paramref name="index"/> of <paramref name="data"/> and writes it to
    /// <paramref name="path"/> as PNG (atomically; the folder is created).</summary>
    public static void Save(FashionDataset data, int index, string path) => PngFile.Save(path, Render(data, index));

    /// <summary>The PNG bytes of <see cref="Save"/>.</summary>
    public static byte[] Render(FashionDataset data, int index)
    {
        ArgumentNullException.ThrowIfNull(data);
        if ((uint)index >= (uint)data.Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The dataset has images 0–{data.Count - 1}.");
        byte[] pixels = data.Image(index).ToArray();
        int label = data.Label(index);
        string title = $"Image {index} — {ClassNames.Of(label)} (label {label})";
        return PngFile.Render(Left + GridSize + Right, Top + GridSize + Bottom, canvas =>
        {
            using var titleFont = SkiaText.Font(24, bold: true);
            using var noteFont = SkiaText.Font(14);
            SkiaText.DrawCentered(canvas, title, Left + GridSize / 2f, 22, titleFont, SKColors.Black);
            SkiaText.DrawCentered(canvas, "Raw pixel values 0–255 (0 = black, 255 = white); row and column indices at the edges",
                Left + GridSize / 2f, 50, noteFont, new SKColor(60, 60, 60));
            GreyImage.Draw(canvas, pixels, SKRect.Create(Left, Top, GridSize, GridSize));
            DrawCellLines(canvas);
            DrawIndices(canvas);
            DrawValues(canvas, pixels);
        });
    }

    /// <summary>Centre of the cell of pixel (<paramref name="row"/>, <paramref name="column"/>) in the figure.</summary>
    internal static SKPoint CellCenter(int row, int column) =>
        new(Left + (column + 0.5f) * CellSize, Top + (row + 0.5f) * CellSize);

    private static void DrawValues(SKCanvas canvas, byte[] pixels)
    {
        using var font = SkiaText.Font(13);
        for (int row = 0; row < FashionDataset.Height; row++)
            for (int column = 0; column < FashionDataset.Width; column++)
            {
                byte value = pixels[row * FashionDataset.Width + column];
                SKPoint center = CellCenter(row, column);
                SKColor ink = value < ContrastThreshold ? SKColors.White : SKColors.Black;
                SkiaText.DrawCentered(canvas, value.ToString(CultureInfo.InvariantCulture), center.X, center.Y, font, ink);
            }
    }

    // Faint lines make the cells countable where neighbours share a value (the black background).
    private static void DrawCellLines(SKCanvas canvas)
    {
        using var pen = new SKPaint { Color = new SKColor(128, 128, 128, 90), StrokeWidth = 1 };
        for (int i = 0; i <= FashionDataset.Width; i++)
        {
            float offset = i * CellSize;
            canvas.DrawLine(Left + offset, Top, Left + offset, Top + GridSize, pen);
            canvas.DrawLine(Left, Top + offset, Left + GridSize, Top + offset, pen);
        }
    }

    private static void DrawIndices(SKCanvas canvas)
    {
        using var font = SkiaText.Font(12);
        var grey = new SKColor(90, 90, 90);
        for (int i = 0; i < FashionDataset.Width; i++)
        {
            string text = i.ToString(CultureInfo.InvariantCulture);
            SKPoint center = CellCenter(i, i);
            SkiaText.DrawCentered(canvas, text, center.X, Top - 14, font, grey);
            SkiaText.DrawCentered(canvas, text, Left - 20, center.Y, font, grey);
        }
    }
}
