using System.Text;

namespace FashionMnist.Data;

/// <summary>
/// Writes a dataset as the challenge's CSV (<c>label,pixel1..pixel784</c>, LF line ends), gzipped when
/// the path ends in .gz, atomically. Digits are formatted from a table straight into a byte buffer.
/// </summary>
public static class CsvDataWriter
{
    private const int BufferBytes = 1 << 20;
    /// <summary>Longest row: a label digit plus 784 times ",255", and the line break.</summary>
    private const int MaxRowBytes = 1 + 4 * FashionDataset.Pixels + 1;

    /// <summary>",0" … ",255" as bytes: Digits[v] starts at v·4, Lengths[v] long.</summary>
    private static readonly byte[] Digits = BuildDigits(out Lengths);
    private static readonly byte[] Lengths;

    public static void Write(FashionDataset data, string path, bool header = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrEmpty(path);
        DataStreams.WriteAtomically(path, output =>
        {
            if (header) output.Write(HeaderLine());
            byte[] buffer = new byte[BufferBytes];
            int used = 0;
            for (int i = 0; i < data.Count; i++)
            {
                if (used > buffer.Length - MaxRowBytes)
                {
                    output.Write(buffer, 0, used);
                    used = 0;
                }
                used += FormatRow(data.Label(i), data.Image(i), buffer.AsSpan(used));
            }
            output.Write(buffer, 0, used);
        });
    }

    private static int FormatRow(int label, ReadOnlySpan<byte> pixels, Span<byte> destination)
    {
        destination[0] = (byte)('0' + label);
        int n = 1;
        foreach (byte value in pixels)
        {
            int length = Lengths[value];
            Digits.AsSpan(value * 4, length).CopyTo(destination[n..]);
            n += length;
        }
        destination[n++] = (byte)'\n';
        return n;
    }

    private static byte[] HeaderLine()
    {
        var text = new StringBuilder("label");
        for (int i = 1; i <= FashionDataset.Pixels; i++) text.Append(",pixel").Append(i);
        return Encoding.ASCII.GetBytes(text.Append('\n').ToString());
    }

    private static byte[] BuildDigits(out byte[] lengths)
    {
        var digits = new byte[256 * 4];
        lengths = new byte[256];
        for (int v = 0; v < 256; v++)
        {
            byte[] text = Encoding.ASCII.GetBytes("," + v);
            text.CopyTo(digits, v * 4);
            lengths[v] = (byte)text.Length;
        }
        return digits;
    }
}
