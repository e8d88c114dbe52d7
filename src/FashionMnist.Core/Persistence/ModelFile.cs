using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FashionMnist.Data;
using FashionMnist.Model;
using FashionMnist.Training;

namespace FashionMnist.Persistence;

/// <summary>What a model file holds besides the weights.</summary>
public sealed record ModelHeader(
    int FormatVersion,
    int[] LayerSizes,
    Activation Activation,
    string[] ClassNames,
    TrainingOptions? Training,
    DateTimeOffset SavedAt);

/// <summary>A model read back from disk, with its header.</summary>
public sealed record SavedModel(Mlp Model, ModelHeader Header, string Path);

/// <summary>
/// The .fmlp model format: "FMLP", format version (int32), header length (int32), a UTF-8 JSON header
/// (architecture, activation, class names, training settings), then each layer's W and b as little-endian
/// float32, then the SHA-256 of everything before it. The checksum turns any truncation or corruption
/// into a clear error instead of a model with silently wrong weights. Written atomically.
/// </summary>
public static class ModelFile
{
    public const int FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "FMLP"u8;
    private const int PrefixBytes = 12, HashBytes = 32, MaxHeaderBytes = 1 << 20;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static void Save(Mlp model, string path, TrainingOptions? training = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var header = new ModelHeader(FormatVersion, model.LayerSizes.ToArray(), model.Activation,
            Data.ClassNames.All.ToArray(), training, DateTimeOffset.UtcNow);
        byte[] headerBytes = JsonSerializer.SerializeToUtf8Bytes(header, Json);
        using var buffer = new MemoryStream();
        buffer.Write(Magic);
        WriteInt32(buffer, FormatVersion);
        WriteInt32(buffer, headerBytes.Length);
        buffer.Write(headerBytes);
        foreach (var layer in model.Layers)
        {
            WriteFloats(buffer, layer.Weights);
            WriteFloats(buffer, layer.Biases);
        }
        byte[] hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        buffer.Write(hash);
        AtomicFile.WriteAllBytes(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static SavedModel Load(string path)
    {
        if (!File.Exists(path)) throw new ModelFormatException(path, "", "a model file", "no such file");
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < PrefixBytes + HashBytes || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
            throw new ModelFormatException(path, "byte offset 0", "a FashionMnist model file starting with \"FMLP\"",
                bytes.Length < 4 ? $"only {bytes.Length} bytes" : $"\"{Encoding.ASCII.GetString(bytes, 0, 4)}\"");
        int version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        if (version != FormatVersion)
            throw new ModelFormatException(path, "byte offset 4", $"format version {FormatVersion}", $"version {version}");
        int payload = bytes.Length - HashBytes;
        if (!SHA256.HashData(bytes.AsSpan(0, payload)).AsSpan().SequenceEqual(bytes.AsSpan(payload)))
            throw new ModelFormatException(path, $"byte offset {payload}", "the SHA-256 of the contents",
                "a different checksum: the file is truncated or corrupt");

        int headerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        if (headerLength <= 0 || headerLength > MaxHeaderBytes || PrefixBytes + headerLength > payload)
            throw new ModelFormatException(path, "byte offset 8", "a header length that fits the file", headerLength.ToString());
        ModelHeader header;
        try
        {
            header = JsonSerializer.Deserialize<ModelHeader>(bytes.AsSpan(PrefixBytes, headerLength), Json)
                     ?? throw new JsonException("empty header");
        }
        catch (JsonException e)
        {
            throw new ModelFormatException(path, $"byte offset {PrefixBytes}", "a JSON header", e.Message, e);
        }

        Mlp model;
        try
        {
            model = new Mlp(header.LayerSizes ?? [], header.Activation);
        }
        catch (ArgumentException e)
        {
            throw new ModelFormatException(path, "header", "valid layer sizes and activation", e.Message, e);
        }
        long expected = PrefixBytes + headerLength + 4L * model.ParameterCount;
        if (expected != payload)
            throw new ModelFormatException(path, $"byte offset {PrefixBytes + headerLength}",
                $"{model.ParameterCount} parameters of a {model.Architecture} model ({expected - PrefixBytes - headerLength} bytes)",
                $"{payload - PrefixBytes - headerLength} bytes");
        int offset = PrefixBytes + headerLength;
        foreach (var layer in model.Layers)
        {
            offset = ReadFloats(bytes, offset, layer.Weights);
            offset = ReadFloats(bytes, offset, layer.Biases);
        }
        return new SavedModel(model, header, Path.GetFullPath(path));
    }

    private static void WriteInt32(Stream stream, int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        stream.Write(b);
    }

    private static void WriteFloats(Stream stream, float[] values)
    {
        Span<byte> b = stackalloc byte[4];
        foreach (float v in values)
        {
            BinaryPrimitives.WriteSingleLittleEndian(b, v);
            stream.Write(b);
        }
    }

    private static int ReadFloats(byte[] bytes, int offset, float[] values)
    {
        for (int i = 0; i < values.Length; i++, offset += 4)
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(offset));
        return offset;
    }
}
