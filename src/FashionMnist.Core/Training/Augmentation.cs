using System.Runtime.CompilerServices;
using FashionMnist.Data;
using FashionMnist.Numerics;

namespace FashionMnist.Training;

/// <summary>
/// Random label-preserving changes to training images: a shift of up to <c>shift</c> pixels in x and y
/// (vacated pixels become 0, the background), and a horizontal flip (clothes are left-right symmetric
/// enough that a flipped shirt is still a shirt). Applied only to training batches.
/// </summary>
internal sealed class Augmentation(int shift, bool flip, SeededRandom random)
{
    private const int W = FashionDataset.Width, H = FashionDataset.Height;
    private readonly byte[] _scratch = new byte[FashionDataset.Pixels];

    public bool IsActive => shift > 0 || flip;

    /// <summary>Writes an augmented, normalised copy of <paramref name="image"/> into <paramref name="destination"/>.</summary>
    public void Apply(ReadOnlySpan<byte> image, Span<float> destination)
    {
        int dx = shift > 0 ? random.NextInt(2 * shift + 1) - shift : 0;
        int dy = shift > 0 ? random.NextInt(2 * shift + 1) - shift : 0;
        bool mirror = flip && random.NextInt(2) == 1;
        Transform(image, _scratch, dx, dy, mirror);
        Preprocessing.Normalize(_scratch, destination);
    }

    /// <summary>output(x, y) = input(x', y − dy) with x' = x − dx, mirrored when asked; 0 outside the image.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Transform(ReadOnlySpan<byte> input, Span<byte> output, int dx, int dy, bool mirror)
    {
        output.Clear();
        for (int y = 0; y < H; y++)
        {
            int sy = y - dy;
            if ((uint)sy >= H) continue;
            for (int x = 0; x < W; x++)
            {
                int sx = x - dx;
                if ((uint)sx >= W) continue;
                if (mirror) sx = W - 1 - sx;
                output[y * W + x] = input[sy * W + sx];
            }
        }
    }
}
