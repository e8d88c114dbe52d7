using System.Globalization;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using ScottPlot;

namespace FashionMnist.Plots;

/// <summary>
/// The confusion matrix as a heatmap (fig_fm_confusion_matrix.png): actual class down the side,
/// predicted class along the bottom, the count printed in every cell, and a colour bar.
/// </summary>
public static class ConfusionMatrixFigure
{
    private const int Width = 1100;
    private const int Height = 940;

    public static void Save(ConfusionMatrix matrix, string path, string? title = null) =>
        PngFile.Save(path, Render(matrix, title));

    /// <summary>The PNG bytes of <see cref="Save"/>.</summary>
    public static byte[] Render(ConfusionMatrix matrix, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.Classes;
        title ??= string.Create(CultureInfo.InvariantCulture,
            $"Confusion matrix ({matrix.Total} images, accuracy {100 * matrix.Accuracy:F1}%)");

        using Plot plot = ChartStyle.Create(title, "Predicted class", "Actual class");
        var counts = new double[n, n];
        for (int a = 0; a < n; a++)
            for (int p = 0; p < n; p++)
                counts[a, p] = matrix[a, p];
        double max = Math.Max(1, counts.Cast<double>().Max());
        var heatmap = plot.Add.Heatmap(counts);
        // ScottPlot's Blues runs dark to white; reversed, empty cells are white and full ones dark blue.
        heatmap.Colormap = new ScottPlot.Colormaps.Blues().Reversed();
        // From zero, so a cell's shade (and the ink chosen for its number) means the same in every figure.
        heatmap.ManualRange = new ScottPlot.Range(0, max);
        // Cell (actual a, predicted p) is centred on x = p, y = a (the extent names the centres of the
        // corner cells); the y axis is inverted so class 0 is the top row, as in a printed table.
        heatmap.Extent = new CoordinateRect(0, n - 1, 0, n - 1);
        plot.Axes.SetLimits(-0.5, n - 0.5, n - 0.5, -0.5);

        var colourBar = plot.Add.ColorBar(heatmap);
        colourBar.Label = "Number of images";
        colourBar.LabelStyle.FontSize = 16;
        colourBar.Axis.TickLabelStyle.FontSize = 14;

        AddCounts(plot, matrix, heatmap.Colormap, max);
        SetClassTicks(plot, n);
        return ChartStyle.Png(plot, Width, Height);
    }

    private static void AddCounts(Plot plot, ConfusionMatrix matrix, IColormap colormap, double max)
    {
        int n = matrix.Classes;
        for (int a = 0; a < n; a++)
            for (int p = 0; p < n; p++)
            {
                var label = plot.Add.Text(matrix[a, p].ToString(CultureInfo.InvariantCulture), p, a);
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontSize = 15;
                label.LabelBold = a == p;
                label.LabelFontColor = ContrastingInk(colormap.GetColor(matrix[a, p] / max));
            }
    }

    /// <summary>White on dark cells, black on light ones (perceived luminance, ITU-R BT.601).</summary>
    internal static Color ContrastingInk(Color background) =>
        0.299 * background.Red + 0.587 * background.Green + 0.114 * background.Blue < 140 ? Colors.White : Colors.Black;

    private static void SetClassTicks(Plot plot, int n)
    {
        double[] positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        string[] names = Enumerable.Range(0, n).Select(i => i < ClassNames.Count ? ClassNames.Of(i) : i.ToString(CultureInfo.InvariantCulture)).ToArray();
        plot.Axes.Bottom.SetTicks(positions, names);
        plot.Axes.Left.SetTicks(positions, names);
        // Names like "T-shirt/top" and "Ankle boot" overlap side by side: tilt them.
        plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 100;
        plot.Grid.IsVisible = false;
    }
}
