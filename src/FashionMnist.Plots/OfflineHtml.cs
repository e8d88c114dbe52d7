using System.Net;
using System.Reflection;
using FashionMnist.Persistence;
using XPlot.Plotly;

namespace FashionMnist.Plots;

/// <summary>
/// Turns an XPlot.Plotly chart into one self-contained HTML page with plotly.js inlined. XPlot's own
/// page loads plotly.js from a CDN and shows a blank page offline; ours works from a USB stick.
/// Usable from F#: <c>chart |> OfflineHtml.Render</c>, <c>OfflineHtml.Save(chart, "x.html")</c>.
/// </summary>
public static class OfflineHtml
{
    /// <summary>The plotly.js embedded in this assembly (2.x: XPlot's string titles vanish from 3.x on).</summary>
    public const string PlotlyJsVersion = "2.35.3";

    private const string ResourceName = "FashionMnist.Plots.plotly.min.js";
    private static readonly Lazy<string> PlotlyJs = new(LoadPlotlyJs);

    /// <summary>The complete page: plotly.js, then the chart's div and the script that draws it.</summary>
    public static string Render(PlotlyChart chart, string? pageTitle = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Render([chart], pageTitle);
    }

    /// <summary>One page with several charts, one under the other, sharing one inlined plotly.js.</summary>
    public static string Render(IEnumerable<PlotlyChart> charts, string? pageTitle = null)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var list = charts.ToList();
        if (list.Count == 0) throw new ArgumentException("A page needs at least one chart.", nameof(charts));
        string title = WebUtility.HtmlEncode(pageTitle ?? "Chart");
        return $"""
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="UTF-8" />
            <title>{title}</title>
            <script>{PlotlyJs.Value}</script>
            </head>
            <body>
            {string.Join("\n", list.Select(c => c.GetInlineHtml()))}
            </body>
            </html>
            """;
    }

    /// <summary>Writes the page of <see cref="Render(PlotlyChart, string?)"/> to <paramref name="path"/> atomically (the folder is created).</summary>
    public static void Save(PlotlyChart chart, string path, string? pageTitle = null) => Save([chart], path, pageTitle);

    /// <summary>Writes the page of several charts to <paramref name="path"/> atomically (the folder is created).</summary>
    public static void Save(IEnumerable<PlotlyChart> charts, string path, string? pageTitle = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.WriteAllText(path, Render(charts, pageTitle));
    }

    private static string LoadPlotlyJs()
    {
        using System.IO.Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(OfflineHtml).Assembly.Location}.");
        string js = new StreamReader(stream).ReadToEnd();
        // Inside <script>, the text "</script" would end the element early and break the page.
        if (js.Contains("</script", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("The embedded plotly.js contains \"</script\" and cannot be inlined.");
        return js;
    }
}
