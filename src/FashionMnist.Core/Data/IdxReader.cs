namespace FashionMnist.Data;

/// <summary>
/// Reads the official IDX files (gzipped or raw). Every header field is checked, and the payload
/// length is compared with what the file can hold before the pixel array is allocated.
/// </summary>
public static class IdxReader
{
    public const uint ImagesMagic = 0x00000803;
    public const uint LabelsMagic = 0x00000801;
    public const int ImagesHeaderBytes = 16;
    public const int LabelsHeaderBytes = 8;

    /// <summary>Reads an images file and its labels file into one dataset.</summary>
    public static FashionDataset Read(string imagesPath, string labelsPath)
    {
        byte[] pixels = ReadImages(imagesPath, out int count);
        byte[] labels = ReadLabels(labelsPath);
        if (labels.Length != count)
            throw new FashionDataException(DataErrorKind.CountMismatch, labelsPath, "byte offset 4",
                $"{count:N0} labels, one per image in {imagesPath}", $"{labels.Length:N0}");
        return new FashionDataset(pixels, labels, imagesPath);
    }

    /// <summary>The pixel bytes (count·784, row-major 28×28 per image) of an IDX images file.</summary>
    public static byte[] ReadImages(string path, out int count)
    {
        using var file = DataFile.Open(path);
        CheckMagic(file, ImagesMagic, "IDX images");
        uint claimed = file.ReadBigEndianUInt32("the image count");
        CheckDimension(file, FashionDataset.Height, "rows");
        CheckDimension(file, FashionDataset.Width, "columns");
        byte[] pixels = file.ReadPayload((long)claimed * FashionDataset.Pixels, $"pixels for {claimed:N0} images of 28×28");
        file.ExpectEnd($"the header announces {claimed:N0} images");
        count = (int)claimed;
        return pixels;
    }

    /// <summary>The labels (each 0–9) of an IDX labels file.</summary>
    public static byte[] ReadLabels(string path)
    {
        using var file = DataFile.Open(path);
        CheckMagic(file, LabelsMagic, "IDX labels");
        uint claimed = file.ReadBigEndianUInt32("the label count");
        byte[] labels = file.ReadPayload(claimed, $"{claimed:N0} labels");
        file.ExpectEnd($"the header announces {claimed:N0} labels");
        int bad = labels.AsSpan().IndexOfAnyInRange((byte)ClassNames.Count, byte.MaxValue);
        if (bad >= 0)
            throw new FashionDataException(DataErrorKind.BadLabel, path, $"byte offset {LabelsHeaderBytes + bad}",
                $"a label 0–9 (label of image {bad})", labels[bad].ToString());
        return labels;
    }

    private static void CheckMagic(DataFile file, uint expected, string kind)
    {
        uint magic = file.ReadBigEndianUInt32("the magic number");
        if (magic == expected) return;
        // Swapped images/labels arguments are the likeliest cause, so say so.
        string hint = magic switch
        {
            ImagesMagic => " (an IDX images file)",
            LabelsMagic => " (an IDX labels file)",
            _ => "",
        };
        throw new FashionDataException(DataErrorKind.BadMagic, file.Path, "byte offset 0",
            $"magic number 0x{expected:X8} ({kind})", $"0x{magic:X8}{hint}");
    }

    private static void CheckDimension(DataFile file, int expected, string name)
    {
        long offset = file.Position;
        uint value = file.ReadBigEndianUInt32($"the number of {name}");
        if (value != expected)
            throw new FashionDataException(DataErrorKind.BadDimensions, file.Path, $"byte offset {offset}",
                $"{expected} {name}", value.ToString());
    }
}
