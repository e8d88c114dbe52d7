namespace FashionMnist.Data;

/// <summary>The ten Fashion-MNIST classes, indexed by label (the challenge's titles).</summary>
public static class ClassNames
{
    public const int Count = 10;

    private static readonly string[] Names =
    [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ];

    public static IReadOnlyList<string> All => Names;

    /// <summary>Name of class <paramref name="label"/> (0–9).</summary>
    public static string Of(int label) =>
        (uint)label < Count
            ? Names[label]
            : throw new ArgumentOutOfRangeException(nameof(label), label, "A class label is 0–9.");
}
