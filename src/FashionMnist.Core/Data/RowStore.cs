namespace FashionMnist.Data;

/// <summary>Pixel and label arrays that grow by doubling while a reader does not yet know the row count.</summary>
internal sealed class RowStore(int initialCapacity)
{
    private byte[] _pixels = GC.AllocateUninitializedArray<byte>(Math.Max(1, initialCapacity) * FashionDataset.Pixels);
    private byte[] _labels = new byte[Math.Max(1, initialCapacity)];

    public int Count { get; private set; }

    /// <summary>Room for one more image: its 784 pixel bytes to fill, and its index for <see cref="SetLabel"/>.</summary>
    public Span<byte> AddRow(out int index)
    {
        if (Count == _labels.Length)
        {
            int capacity = checked(_labels.Length * 2);
            Array.Resize(ref _labels, capacity);
            Array.Resize(ref _pixels, checked(capacity * FashionDataset.Pixels));
        }
        index = Count++;
        return _pixels.AsSpan(index * FashionDataset.Pixels, FashionDataset.Pixels);
    }

    public void SetLabel(int index, byte label) => _labels[index] = label;

    public FashionDataset ToDataset(string source)
    {
        Array.Resize(ref _pixels, Count * FashionDataset.Pixels);
        Array.Resize(ref _labels, Count);
        return new FashionDataset(_pixels, _labels, source);
    }
}
