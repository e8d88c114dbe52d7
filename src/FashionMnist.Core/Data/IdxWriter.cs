using System.Buffers.Binary;

namespace FashionMnist.Data;

/// <summary>Writes a dataset as an IDX images file and an IDX labels file (gzipped when a path ends in .gz), atomically.</summary>
public static class IdxWriter
{
    public static void Write(FashionDataset data, string imagesPath, string labelsPath)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrEmpty(imagesPath);
        ArgumentException.ThrowIfNullOrEmpty(labelsPath);
        DataStreams.WriteAtomically(imagesPath, output =>
        {
            WriteHeader(output, [IdxReader.ImagesMagic, (uint)data.Count, FashionDataset.Height, FashionDataset.Width]);
            output.Write(data.PixelBytes);
        });
        DataStreams.WriteAtomically(labelsPath, output =>
        {
            WriteHeader(output, [IdxReader.LabelsMagic, (uint)data.Count]);
            output.Write(data.LabelBytes);
        });
    }

    private static void WriteHeader(Stream output, ReadOnlySpan<uint> fields)
    {
        Span<byte> bytes = stackalloc byte[4];
        foreach (uint value in fields)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
            output.Write(bytes);
        }
    }
}
