using SkiaSharp;

namespace FashionMnist.Plots.Tests;

/// <summary>The pixel-value figure shows each cell's grey and prints its number in a contrasting ink.
/// Image 0 of the synthetic set is a ramp: cell (0,0) is 0 (black), cell (27,27) is 255 (white).</summary>
public class PixelValuesFigureTests
{
    private static SKBitmap Render() => SKBitmap.Decode(PixelValuesFigure.Render(Synthetic.Dataset(), 0));

    [Test]
    public void CellsAreShadedByTheirValue()
    {
        using var bitmap = Render();
        // Near a cell's corner there is background only, no digit.
        Assert.That(Luminance(bitmap, Corner(0, 0)), Is.LessThan(20), "value 0 should be a dark cell");
        Assert.That(Luminance(bitmap, Corner(27, 27)), Is.GreaterThan(235), "value 255 should be a light cell");
    }

    [Test]
    public void NumbersAreWrittenInContrastingInk()
    {
        using var bitmap = Render();
        Assert.Multiple(() =>
        {
            // "0" in white on the black cell, "255" in black on the white cell.
            Assert.That(CountInCell(bitmap, 0, 0, lum => lum > 200), Is.GreaterThan(10));
            Assert.That(CountInCell(bitmap, 27, 27, lum => lum < 60), Is.GreaterThan(20));
            // Cell (14, 0) holds 392·255/783 = 127: dark, so white digits.
            Assert.That(CountInCell(bitmap, 14, 0, lum => lum > 200), Is.GreaterThan(20));
            // Cell (14, 2) holds 394·255/783 = 128: light, so black digits.
            Assert.That(CountInCell(bitmap, 14, 2, lum => lum < 60), Is.GreaterThan(20));
        });
    }

    [Test]
    public void ThreeDigitNumbersPrintMoreInkThanOneDigit()
    {
        using var bitmap = Render();
        // Cells (14, 0) = 127 and (0, 0) = 0, both dark with white ink: "127" covers far more of its cell.
        int threeDigits = CountInCell(bitmap, 14, 0, lum => lum > 200);
        int oneDigit = CountInCell(bitmap, 0, 0, lum => lum > 200);
        Assert.That(threeDigits, Is.GreaterThan(2 * oneDigit));
    }

    [Test]
    public void RefusesAnIndexOutsideTheDataset() =>
        Assert.That(() => PixelValuesFigure.Render(Synthetic.Dataset(), Synthetic.Images), Throws.InstanceOf<ArgumentOutOfRangeException>());

    private static SKPointI Corner(int row, int column)
    {
        SKPoint center = PixelValuesFigure.CellCenter(row, column);
        int inset = PixelValuesFigure.CellSize / 2 - 4;
        return new SKPointI((int)center.X - inset, (int)center.Y - inset);
    }

    private static int CountInCell(SKBitmap bitmap, int row, int column, Func<double, bool> isInk)
    {
        SKPoint center = PixelValuesFigure.CellCenter(row, column);
        int half = PixelValuesFigure.CellSize / 2 - 2;   // stay off the faint cell lines
        int count = 0;
        for (int y = (int)center.Y - half; y < center.Y + half; y++)
            for (int x = (int)center.X - half; x < center.X + half; x++)
                if (isInk(Luminance(bitmap, new SKPointI(x, y)))) count++;
        return count;
    }

    private static double Luminance(SKBitmap bitmap, SKPointI point)
    {
        SKColor c = bitmap.GetPixel(point.X, point.Y);
        return 0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue;
    }
}
