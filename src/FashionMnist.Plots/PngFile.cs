using FashionMnist.Persistence;
using SkiaSharp;

namespace FashionMnist.Plots;

/// <summary>Turns drawing code into PNG bytes, and PNG bytes into a file written atomically.</summary>
internal static class PngFile
{
    /// <summary>Runs <paramref name="draw"/> on a white canvas of the given size and encodes it.</summary>
    public static byte[] Render(int width, int height, Action<SKCanvas> draw)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {width}×{height} canvas.");
        surface.Canvas.Clear(SKColors.White);
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Writes the bytes through a temporary sibling file (parent folder created), so an
    /// interrupted save never leaves half a figure.</summary>
    public static void Save(string path, byte[] png)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.WriteAllBytes(path, png);
    }
}
