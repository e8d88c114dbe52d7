using System.Text;

namespace FashionMnist.Data;

/// <summary>
/// Reads the challenge's CSV: <c>label,pixel1,…,pixel784</c>, one image a line; header optional
/// (a first field that is not an integer), plain or gzipped, LF or CRLF. Bytes are parsed in place,
/// one line at a time, so 60,000 rows load in well under two seconds.
/// </summary>
public static class CsvDataReader
{
    public const int Columns = 1 + FashionDataset.Pixels;
    private const int ChunkBytes = 1 << 20;
    /// <summary>A valid line is at most 785 × 4 bytes; far longer means a missing line break, not data.</summary>
    private const int MaxLineBytes = 1 << 20;

    public static FashionDataset Read(string path)
    {
        using var file = DataFile.Open(path);
        var rows = new RowStore(file.IsGzip ? 4096 : (int)Math.Min(file.FileLength / MinRowBytes + 1, 1 << 24));
        var state = new LineState(path);
        byte[] buffer = new byte[ChunkBytes];
        int start = 0, end = 0;
        bool atEnd = false;
        while (true)
        {
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                ParseLine(buffer.AsSpan(start, newline), ref state, rows);
                start += newline + 1;
                continue;
            }
            if (atEnd)
            {
                if (start < end) ParseLine(buffer.AsSpan(start, end - start), ref state, rows);
                break;
            }
            // Keep the unfinished line, move it to the front, and read more after it.
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
            if (end == buffer.Length)
            {
                if (buffer.Length >= MaxLineBytes)
                    throw new FashionDataException(DataErrorKind.BadColumnCount, path, $"line {state.Line + 1}",
                        $"a line of {Columns} values ending in a line break", $"over {MaxLineBytes:N0} bytes without one");
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            int n = file.Read(buffer.AsSpan(end));
            end += n;
            atEnd = n == 0;
        }
        if (rows.Count == 0)
            throw new FashionDataException(DataErrorKind.Truncated, path, "",
                $"at least one line of {Columns} values (label,pixel1..pixel784)",
                state.Line == 0 ? "an empty file" : "no data lines");
        return rows.ToDataset(path);
    }

    /// <summary>Shortest possible row: 785 one-digit fields, 784 commas, a line break.</summary>
    private const int MinRowBytes = 2 * Columns;

    private struct LineState(string path)
    {
        public readonly string Path = path;
        public int Line;
        public bool SeenFirst;
    }

    private static void ParseLine(Span<byte> line, ref LineState state, RowStore rows)
    {
        state.Line++;
        if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
        if (!state.SeenFirst && line.StartsWith("\uFEFF"u8)) line = line[3..];    // UTF-8 byte-order mark
        if (line.Length == 0) return;                                            // blank lines carry no data
        if (!state.SeenFirst)
        {
            state.SeenFirst = true;
            if (!StartsWithInteger(line)) return;                                // header line
        }
        int fields = line.Count((byte)',') + 1;
        if (fields != Columns)
            throw new FashionDataException(DataErrorKind.BadColumnCount, state.Path, $"line {state.Line}",
                $"{Columns} values (label + 784 pixels)", $"{fields} values");
        ParseRow(line, in state, rows.AddRow(out int labelIndex), out byte label);
        rows.SetLabel(labelIndex, label);
    }

    /// <summary>Parses 785 comma-separated integers (the comma count is already checked).</summary>
    private static void ParseRow(ReadOnlySpan<byte> line, in LineState state, Span<byte> pixels, out byte label)
    {
        int pos = 0;
        label = (byte)ParseField(line, ref pos, 0, 9, in state);
        for (int i = 0; i < pixels.Length; i++)
            pixels[i] = (byte)ParseField(line, ref pos, i + 1, 255, in state);
    }

    private static int ParseField(ReadOnlySpan<byte> line, ref int pos, int column, int max, in LineState state)
    {
        int start = pos, value = 0;
        while (pos < line.Length)
        {
            uint digit = (uint)(line[pos] - '0');
            if (digit > 9) break;
            value = Math.Min(value * 10 + (int)digit, 1000);    // clamped: long digit runs cannot overflow
            pos++;
        }
        if (pos == start || value > max || (pos < line.Length && line[pos] != (byte)','))
            throw BadField(line, start, column, max, in state);
        pos++;                                                   // the comma
        return value;
    }

    private static FashionDataException BadField(ReadOnlySpan<byte> line, int start, int column, int max, in LineState state)
    {
        int length = line[start..].IndexOf((byte)',');
        var token = line.Slice(start, length < 0 ? line.Length - start : length);
        string text = Encoding.UTF8.GetString(token.Length > 40 ? token[..40] : token) + (token.Length > 40 ? "…" : "");
        string location = $"line {state.Line}, column {column + 1}";
        return column == 0
            ? new FashionDataException(DataErrorKind.BadLabel, state.Path, location, $"a label, an integer 0–{max}", $"\"{text}\"")
            : new FashionDataException(DataErrorKind.BadPixel, state.Path, location,
                $"pixel{column}, an integer 0–{max}", $"\"{text}\"");
    }

    /// <summary>True when the first field is an integer (optionally negative): then the line is data, not a header.</summary>
    private static bool StartsWithInteger(ReadOnlySpan<byte> line)
    {
        int comma = line.IndexOf((byte)',');
        var first = comma < 0 ? line : line[..comma];
        if (first.Length > 0 && first[0] == (byte)'-') first = first[1..];
        return first.Length > 0 && !first.ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }
}
