using FashionMnist.Data;
using SkiaSharp;

namespace FashionMnist.Plots;

/// <summary>
/// Several dataset images in a rows × columns grid, each captioned: the first examples with their
/// class names (fig_fm_10_ejemplos.png) or misclassified ones with true and predicted class
/// (fig_fm_errores_grid.png).
/// </summary>
public static class ImageGridFigure
{
    private static readonly SKColor ErrorInk = new(170, 20, 20);

    /// <summary>Images <paramref name="indices"/> in a grid, each titled with its class name.</summary>
    public static void SaveSamples(FashionDataset data, IReadOnlyList<int> indices, int rows, int columns,
        string path, string? title = null) =>
        PngFile.Save(path, RenderSamples(data, indices, rows, columns, title));

    /// <summary>The PNG bytes of <see cref="SaveSamples"/>.</summary>
    public static byte[] RenderSamples(FashionDataset data, IReadOnlyList<int> indices, int rows, int columns,
        string? title = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(indices);
        var tiles = indices.Select(i => new Tile(CheckIndex(data, i), ClassNames.Of(data.Label(i)))).ToList();
        return ImageGrid.Render(data, tiles, rows, columns, title, SKColors.Black);
    }

    /// <summary>Misclassified images in a grid, each titled <c>Real=&lt;name&gt;, Pred=&lt;name&gt;</c>;
    /// <paramref name="predicted"/>[i] is the model's class for image <paramref name="indices"/>[i].</summary>
    /// <exception cref="ArgumentException">An image's prediction equals its label: the grid shows only errors.</exception>
    public static void SaveErrors(FashionDataset data, IReadOnlyList<int> indices, IReadOnlyList<int> predicted,
        int rows, int columns, string path) =>
        PngFile.Save(path, RenderErrors(data, indices, predicted, rows, columns));

    /// <summary>The PNG bytes of <see cref="SaveErrors"/>.</summary>
    public static byte[] RenderErrors(FashionDataset data, IReadOnlyList<int> indices, IReadOnlyList<int> predicted,
        int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(predicted);
        if (predicted.Count != indices.Count)
            throw new ArgumentException($"{indices.Count} images but {predicted.Count} predictions.", nameof(predicted));
        var tiles = new List<Tile>(indices.Count);
        for (int i = 0; i < indices.Count; i++)
        {
            int index = CheckIndex(data, indices[i]);
            int actual = data.Label(index);
            string predictedName = (uint)predicted[i] < ClassNames.Count
                ? ClassNames.Of(predicted[i])
                : throw new ArgumentException($"Prediction {predicted[i]} for image {index} is not a class 0–9.", nameof(predicted));
            if (predicted[i] == actual)
                throw new ArgumentException(
                    $"Image {index} is classified correctly ({ClassNames.Of(actual)}); the error grid shows only misclassified images.",
                    nameof(predicted));
            tiles.Add(new Tile(index, $"Real={ClassNames.Of(actual)}, Pred={predictedName}"));
        }
        return ImageGrid.Render(data, tiles, rows, columns,
            "Misclassified images (Real = true class, Pred = model's prediction)", ErrorInk);
    }

    private static int CheckIndex(FashionDataset data, int index) =>
        (uint)index < (uint)data.Count
            ? index
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The dataset has images 0–{data.Count - 1}.");
}

/// <summary>One grid cell: which image, and the caption above it.</summary>
internal sealed record Tile(int Index, string Caption);
