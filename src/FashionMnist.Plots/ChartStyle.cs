using ScottPlot;

namespace FashionMnist.Plots;

/// <summary>One look for every ScottPlot figure: the checked font and sizes readable when the PNG is
/// projected in class (ScottPlot's defaults are made for on-screen controls and come out small).</summary>
internal static class ChartStyle
{
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Fonts.Default.Family);
        plot.Title(title, 20);
        plot.Axes.Title.Label.Bold = true;
        plot.XLabel(xLabel, 16);
        plot.YLabel(yLabel, 16);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Legend.FontSize = 14;
        return plot;
    }

    /// <summary>Epochs are whole numbers: no 1.5 tick on a short run.</summary>
    public static void IntegerTicksOnBottom(Plot plot) =>
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };

    /// <summary>Draws <paramref name="plot"/> into one area of a larger canvas. ScottPlot clears the
    /// canvas before drawing; the clip keeps that clear from wiping the panels drawn before.</summary>
    public static void RenderInto(SkiaSharp.SKCanvas canvas, Plot plot, PixelRect area)
    {
        canvas.Save();
        canvas.ClipRect(new SkiaSharp.SKRect(area.Left, area.Top, area.Right, area.Bottom));
        plot.Render(canvas, area);
        canvas.Restore();
    }

    public static byte[] Png(Plot plot, int width, int height) => plot.GetImageBytes(width, height, ImageFormat.Png);
}
