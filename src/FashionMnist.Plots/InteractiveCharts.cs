using System.Globalization;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Training;
using XPlot.Plotly;

namespace FashionMnist.Plots;

/// <summary>Interactive (zoom, hover) versions of the loss curves and the confusion matrix, as
/// XPlot.Plotly charts (for F# analysis) or as offline HTML pages.</summary>
public static class InteractiveCharts
{
    private const int Width = 1000;
    private const int Height = 620;

    public static void SaveLossHtml(IReadOnlyList<EpochRecord> history, string path) =>
        OfflineHtml.Save(LossChart(history), path, "Training and validation loss");

    public static void SaveConfusionHtml(ConfusionMatrix matrix, string path) =>
        OfflineHtml.Save(ConfusionChart(matrix), path, "Confusion matrix");

    /// <summary>Train and validation cross-entropy per epoch.</summary>
    public static PlotlyChart LossChart(IReadOnlyList<EpochRecord> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0) throw new ArgumentException("The training history has no epochs to plot.", nameof(history));
        int[] epochs = history.Select(r => r.Epoch).ToArray();
        Scatter[] traces =
        [
            new() { x = epochs, y = history.Select(r => r.TrainLoss).ToArray(), name = "Train", mode = "lines+markers" },
            new() { x = epochs, y = history.Select(r => r.ValidLoss).ToArray(), name = "Validation", mode = "lines+markers" },
        ];
        var layout = new Layout.Layout
        {
            title = "Training and validation loss",
            xaxis = new Xaxis { title = "Epoch" },
            yaxis = new Yaxis { title = "Cross-entropy loss" },
        };
        return Sized(Chart.Plot(traces, layout), "loss", Height);
    }

    /// <summary>Counts as a heatmap, actual class down (class 0 on top), predicted across, each count printed.</summary>
    public static PlotlyChart ConfusionChart(ConfusionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.Classes;
        string[] names = Enumerable.Range(0, n).Select(i => i < ClassNames.Count ? ClassNames.Of(i) : i.ToString(CultureInfo.InvariantCulture)).ToArray();
        int[][] z = Enumerable.Range(0, n).Select(a => Enumerable.Range(0, n).Select(p => matrix[a, p]).ToArray()).ToArray();
        int max = Math.Max(1, z.Max(row => row.Max()));
        var heatmap = new Heatmap { z = z, x = names, y = names, colorscale = "Blues", reversescale = true, zmin = 0, zmax = max };
        var counts = from a in Enumerable.Range(0, n)
                     from p in Enumerable.Range(0, n)
                     select new Annotation
                     {
                         x = names[p], y = names[a], text = z[a][p].ToString(CultureInfo.InvariantCulture), showarrow = false,
                         // Same rule as the PNG: white on the darker half of the scale.
                         font = new Font { color = z[a][p] > max / 2 ? "white" : "black" },
                     };
        var layout = new Layout.Layout
        {
            title = string.Create(CultureInfo.InvariantCulture,
                $"Confusion matrix ({matrix.Total} images, accuracy {100 * matrix.Accuracy:F1}%)"),
            xaxis = new Xaxis { title = "Predicted class" },
            yaxis = new Yaxis { title = "Actual class", autorange = "reversed" },
            annotations = counts.ToArray(),
            margin = new Margin { l = 120, b = 120 },
        };
        return Sized(Chart.Plot(heatmap, layout), "confusion", Height + 100);
    }

    // XPlot's With* methods on a chart mutate it and return nothing. A fixed id keeps the page
    // byte-for-byte reproducible (XPlot picks a random one otherwise).
    private static PlotlyChart Sized(PlotlyChart chart, string id, int height)
    {
        chart.WithId(id);
        chart.WithSize(Width, height);
        return chart;
    }
}
