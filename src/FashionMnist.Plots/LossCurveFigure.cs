using FashionMnist.Training;
using ScottPlot;

namespace FashionMnist.Plots;

/// <summary>
/// The training history (fig_fm_loss_train_val.png): train and validation cross-entropy per epoch on
/// the left, train and validation accuracy on the right, with the epoch of lowest validation loss marked
/// so the point where over-fitting starts can be read off.
/// </summary>
public static class LossCurveFigure
{
    private const int PanelWidth = 640;
    private const int Height = 520;

    public static void Save(IReadOnlyList<EpochRecord> history, string path, string? title = null) =>
        PngFile.Save(path, Render(history, title));

    /// <summary>The PNG bytes of <see cref="Save"/>.</summary>
    public static byte[] Render(IReadOnlyList<EpochRecord> history, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0) throw new ArgumentException("The training history has no epochs to plot.", nameof(history));
        double[] epochs = history.Select(r => (double)r.Epoch).ToArray();
        EpochRecord best = history.MinBy(r => r.ValidLoss)!;

        using Plot loss = ChartStyle.Create(title ?? "Training and validation loss", "Epoch", "Cross-entropy loss");
        AddPair(loss, epochs, history.Select(r => r.TrainLoss), history.Select(r => r.ValidLoss));
        using Plot accuracy = ChartStyle.Create("Training and validation accuracy", "Epoch", "Accuracy (%)");
        AddPair(accuracy, epochs, history.Select(r => 100 * r.TrainAccuracy), history.Select(r => 100 * r.ValidAccuracy));
        foreach (Plot panel in new[] { loss, accuracy })
        {
            var line = panel.Add.VerticalLine(best.Epoch, 1.5f, Colors.Gray, LinePattern.Dashed);
            line.LegendText = $"Lowest validation loss (epoch {best.Epoch})";
        }
        loss.Legend.Alignment = Alignment.UpperRight;
        accuracy.Legend.Alignment = Alignment.LowerRight;

        return PngFile.Render(2 * PanelWidth, Height, canvas =>
        {
            ChartStyle.RenderInto(canvas, loss, new PixelRect(0, PanelWidth, Height, 0));
            ChartStyle.RenderInto(canvas, accuracy, new PixelRect(PanelWidth, 2 * PanelWidth, Height, 0));
        });
    }

    private static void AddPair(Plot plot, double[] epochs, IEnumerable<double> train, IEnumerable<double> valid)
    {
        // Markers show individual epochs while there are few enough to tell apart.
        float markerSize = epochs.Length <= 40 ? 6 : 0;
        var trainLine = plot.Add.Scatter(epochs, train.ToArray(), Colors.C0);
        trainLine.LegendText = "Train";
        trainLine.LineWidth = 2;
        trainLine.MarkerSize = markerSize;
        var validLine = plot.Add.Scatter(epochs, valid.ToArray(), Colors.C1);
        validLine.LegendText = "Validation";
        validLine.LineWidth = 2;
        validLine.MarkerSize = markerSize;
        ChartStyle.IntegerTicksOnBottom(plot);
        plot.ShowLegend();
    }
}
