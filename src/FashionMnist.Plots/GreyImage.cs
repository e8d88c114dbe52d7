using FashionMnist.Data;
using SkiaSharp;

namespace FashionMnist.Plots;

/// <summary>Draws one 28×28 dataset image as grey pixels (0 black, 255 white), scaled up with
/// nearest-neighbour sampling so each pixel stays a sharp square instead of a blur.</summary>
internal static class GreyImage
{
    public static void Draw(SKCanvas canvas, ReadOnlySpan<byte> pixels, SKRect destination)
    {
        var info = new SKImageInfo(FashionDataset.Width, FashionDataset.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var image = SKImage.FromPixelCopy(info, pixels, info.RowBytes)
            ?? throw new InvalidOperationException("SkiaSharp could not build a 28×28 grey image.");
        canvas.DrawImage(image, destination, new SKSamplingOptions(SKFilterMode.Nearest));
    }
}
