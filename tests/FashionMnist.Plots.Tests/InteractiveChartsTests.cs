using System.Text.RegularExpressions;

namespace FashionMnist.Plots.Tests;

/// <summary>The HTML pages work offline: plotly.js is inside the page, nothing is loaded from a URL.</summary>
public class InteractiveChartsTests
{
    [Test]
    public void LossPageInlinesPlotlyAndHoldsTheLosses()
    {
        using var folder = new TempFolder();
        var history = Synthetic.History();
        InteractiveCharts.SaveLossHtml(history, folder.File("loss.html"));
        string html = File.ReadAllText(folder.File("loss.html"));
        AssertOffline(html);
        Assert.That(html, Does.Contain("Training and validation loss"));
        Assert.That(html, Does.Contain("\"name\":\"Validation\""));
        Assert.That(html, Does.Contain("1.5,0.75,0.5"), "train losses 1.5/e for epochs 1–3");
    }

    [Test]
    public void ConfusionPageInlinesPlotlyAndHoldsTheCounts()
    {
        using var folder = new TempFolder();
        InteractiveCharts.SaveConfusionHtml(Synthetic.Matrix(), folder.File("confusion.html"));
        string html = File.ReadAllText(folder.File("confusion.html"));
        AssertOffline(html);
        // Row 0 of the synthetic matrix: 100, then (0 + 2p) mod 7 for p = 1…9.
        Assert.That(html, Does.Contain("[100,2,4,6,1,3,5,0,2,4]"));
        Assert.That(html, Does.Contain("Ankle boot"));
    }

    [Test]
    public void PagesAreReproducibleAndWrittenAtomically()
    {
        using var folder = new TempFolder();
        InteractiveCharts.SaveConfusionHtml(Synthetic.Matrix(), folder.File("a.html"));
        InteractiveCharts.SaveConfusionHtml(Synthetic.Matrix(), folder.File("b.html"));
        Assert.That(File.ReadAllText(folder.File("b.html")), Is.EqualTo(File.ReadAllText(folder.File("a.html"))));
        Assert.That(Directory.GetFiles(folder.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.html", "b.html" }));
    }

    private static void AssertOffline(string html)
    {
        Assert.That(html, Does.Contain("plotly.js v" + OfflineHtml.PlotlyJsVersion), "plotly.js must be inlined");
        Assert.That(Regex.IsMatch(html, @"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase), Is.False,
            "no script may be loaded from a URL (a CDN is a blank page offline)");
    }
}
