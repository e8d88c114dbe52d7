using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FashionMnist.Data;

/// <summary>The challenge's preprocessing step: scale pixels to [0,1] and one-hot encode labels.</summary>
public static class Preprocessing
{
    /// <summary>value / 255f for every byte, exactly what NumPy's (raw / 255.0).astype(float32) gives: the bytes
    /// past the last whole vector, and every byte on a CPU without 512-bit vectors.</summary>
    private static readonly float[] ScaledByte = Enumerable.Range(0, 256).Select(v => v / 255f).ToArray();

    /// <summary>
    /// destination[i] = source[i] / 255. Runs for every image of every batch, so it is vectorised: 64 bytes widen
    /// to four vectors of 16 floats. A vector division is slow, and x·(1/255) alone is off by an ulp for half
    /// the bytes, so the quotient is refined once: q = x·r, q += (x − 255·q)·r with fused multiply-adds, which
    /// gives exactly x / 255 for every byte (a test checks all 256).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Normalize(ReadOnlySpan<byte> source, Span<float> destination)
    {
        if (destination.Length < source.Length)
            throw new ArgumentException($"Destination holds {destination.Length} values; {source.Length} needed.");
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            ref byte src = ref MemoryMarshal.GetReference(source);
            ref float dst = ref MemoryMarshal.GetReference(destination);
            for (; i <= source.Length - Vector512<byte>.Count; i += Vector512<byte>.Count)
            {
                var (low, high) = Vector512.Widen(Vector512.LoadUnsafe(ref src, (nuint)i));
                var (q0, q1) = Vector512.Widen(low);
                var (q2, q3) = Vector512.Widen(high);
                DivideBy255(Vector512.ConvertToSingle(q0)).StoreUnsafe(ref dst, (nuint)i);
                DivideBy255(Vector512.ConvertToSingle(q1)).StoreUnsafe(ref dst, (nuint)i + 16);
                DivideBy255(Vector512.ConvertToSingle(q2)).StoreUnsafe(ref dst, (nuint)i + 32);
                DivideBy255(Vector512.ConvertToSingle(q3)).StoreUnsafe(ref dst, (nuint)i + 48);
            }
        }
        for (; i < source.Length; i++) destination[i] = ScaledByte[source[i]];
    }

    private const float Reciprocal255 = 1f / 255f;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> DivideBy255(Vector512<float> x)
    {
        var r = Vector512.Create(Reciprocal255);
        var q = x * r;
        var remainder = Vector512.FusedMultiplyAdd(Vector512.Create(-255f), q, x);
        return Vector512.FusedMultiplyAdd(remainder, r, q);
    }

    /// <summary>Images [start, start+count) of <paramref name="data"/>, normalised, into <paramref name="destination"/>.</summary>
    public static void NormalizeRange(FashionDataset data, int start, int count, Span<float> destination)
    {
        const int width = FashionDataset.Pixels;
        Normalize(data.PixelBytes.Slice(start * width, count * width), destination[..(count * width)]);
    }

    /// <summary>Row-major [labels.Length × classes] matrix with a single 1 per row.</summary>
    public static float[] OneHot(ReadOnlySpan<byte> labels, int classes)
    {
        var y = new float[labels.Length * classes];
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] >= classes)
                throw new ArgumentOutOfRangeException(nameof(labels), $"Label {labels[i]} at index {i} is not below {classes}.");
            y[i * classes + labels[i]] = 1f;
        }
        return y;
    }
}
