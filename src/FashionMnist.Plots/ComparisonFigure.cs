using System.Globalization;
using ScottPlot;

namespace FashionMnist.Plots;

/// <summary>Figures that compare experiment runs: one curve per run (e.g. validation loss per epoch),
/// or one bar per run (e.g. test accuracy).</summary>
public static class ComparisonFigure
{
    private const int Width = 1100;
    private const int Height = 620;

    /// <summary>One line per series; point i of a series is drawn at x = i + 1 (epochs count from 1).</summary>
    public static void SaveCurves(IReadOnlyList<(string Label, IReadOnlyList<double> Values)> series,
        string xLabel, string yLabel, string title, string path) =>
        PngFile.Save(path, RenderCurves(series, xLabel, yLabel, title));

    /// <summary>The PNG bytes of <see cref="SaveCurves"/>.</summary>
    public static byte[] RenderCurves(IReadOnlyList<(string Label, IReadOnlyList<double> Values)> series,
        string xLabel, string yLabel, string title)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0 || series.Any(s => s.Values is null || s.Values.Count == 0))
            throw new ArgumentException("Every series needs at least one value, and there must be a series.", nameof(series));
        using Plot plot = ChartStyle.Create(title, xLabel, yLabel);
        var palette = new ScottPlot.Palettes.Category10();
        for (int i = 0; i < series.Count; i++)
        {
            double[] ys = series[i].Values.ToArray();
            double[] xs = Enumerable.Range(1, ys.Length).Select(x => (double)x).ToArray();
            var line = plot.Add.Scatter(xs, ys, palette.GetColor(i));
            line.LegendText = series[i].Label;
            line.LineWidth = 2;
            line.MarkerSize = ys.Length <= 40 ? 5 : 0;
        }
        ChartStyle.IntegerTicksOnBottom(plot);
        // Outside the data area: with many runs an inside legend would hide the curves.
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Png(plot, Width, Height);
    }

    /// <summary>One labelled bar per entry, its value printed on top.</summary>
    public static void SaveBars(IReadOnlyList<(string Label, double Value)> bars, string yLabel, string title, string path) =>
        PngFile.Save(path, RenderBars(bars, yLabel, title));

    /// <summary>The PNG bytes of <see cref="SaveBars"/>.</summary>
    public static byte[] RenderBars(IReadOnlyList<(string Label, double Value)> bars, string yLabel, string title)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0) throw new ArgumentException("There are no bars to draw.", nameof(bars));
        using Plot plot = ChartStyle.Create(title, "", yLabel);
        var palette = new ScottPlot.Palettes.Category10();
        var items = bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Value,
            FillColor = palette.GetColor(i),
            Label = b.Value.ToString("0.####", CultureInfo.InvariantCulture),
        }).ToArray();
        var barPlot = plot.Add.Bars(items);
        barPlot.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(items.Select(b => b.Position).ToArray(), bars.Select(b => b.Label).ToArray());
        // Long run names overlap side by side once many bars share the width (~8 px a character at 14 px).
        if (bars.Max(b => b.Label.Length) * 8 > Width * 0.85 / bars.Count)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 120;
        }
        // Bars start at zero, with head room for the value printed above the tallest one.
        plot.Axes.Margins(bottom: 0, top: 0.12);
        return ChartStyle.Png(plot, Width, Height);
    }
}
