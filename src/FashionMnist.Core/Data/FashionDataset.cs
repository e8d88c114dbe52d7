namespace FashionMnist.Data;

/// <summary>
/// Images and labels as they are stored on disk: raw pixels 0–255, one contiguous byte block
/// (image i occupies bytes [i·784, (i+1)·784), row-major 28×28), and one label byte per image.
/// Normalisation to float happens when a batch is gathered, so the dataset stays 47 MB, not 188 MB.
/// </summary>
public sealed class FashionDataset
{
    public const int Width = 28;
    public const int Height = 28;
    public const int Pixels = Width * Height;

    private readonly byte[] _pixels;
    private readonly byte[] _labels;

    /// <param name="pixels">count·784 bytes.</param>
    /// <param name="labels">count labels, each 0–9.</param>
    /// <param name="source">Where the data came from (file path or description), for messages and reports.</param>
    public FashionDataset(byte[] pixels, byte[] labels, string source)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        if (pixels.Length != labels.Length * Pixels)
            throw new ArgumentException(
                $"{labels.Length} labels need {labels.Length * Pixels} pixel bytes; got {pixels.Length}.", nameof(pixels));
        for (int i = 0; i < labels.Length; i++)
            if (labels[i] >= ClassNames.Count)
                throw new ArgumentException($"Label {labels[i]} of image {i} is not a class 0–9.", nameof(labels));
        _pixels = pixels;
        _labels = labels;
        Source = source;
    }

    public int Count => _labels.Length;
    public string Source { get; }

    /// <summary>(rows, columns) of the design matrix, as the challenge prints X_raw.shape.</summary>
    public (int Rows, int Columns) Shape => (Count, Pixels);

    public ReadOnlySpan<byte> PixelBytes => _pixels;
    public ReadOnlySpan<byte> LabelBytes => _labels;

    public ReadOnlySpan<byte> Image(int index) => _pixels.AsSpan(checked(index * Pixels), Pixels);
    public int Label(int index) => _labels[index];

    /// <summary>Number of images of each class, indexed by label.</summary>
    public int[] ClassCounts()
    {
        var counts = new int[ClassNames.Count];
        foreach (byte label in _labels) counts[label]++;
        return counts;
    }

    /// <summary>A new dataset of the images at <paramref name="indices"/>, in that order (copied).</summary>
    public FashionDataset Subset(ReadOnlySpan<int> indices, string? source = null)
    {
        var pixels = new byte[indices.Length * Pixels];
        var labels = new byte[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            Image(indices[i]).CopyTo(pixels.AsSpan(i * Pixels, Pixels));
            labels[i] = _labels[indices[i]];
        }
        return new FashionDataset(pixels, labels, source ?? Source);
    }

    /// <summary>X = raw / 255 as float32, row-major [Count × 784] (the challenge's step 2a).</summary>
    public float[] Normalize()
    {
        var x = new float[_pixels.Length];
        Preprocessing.Normalize(_pixels, x);
        return x;
    }

    /// <summary>Y = one_hot(y, 10), row-major [Count × 10] (the challenge's step 2b).</summary>
    public float[] OneHot() => Preprocessing.OneHot(_labels, ClassNames.Count);

    public override string ToString() => $"FashionDataset: {Count} images from {Source}";
}
