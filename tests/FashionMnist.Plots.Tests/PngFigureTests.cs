using SkiaSharp;

namespace FashionMnist.Plots.Tests;

/// <summary>Every PNG figure: a decodable image of teaching size, the same bytes for the same input,
/// written atomically into a folder that did not exist yet.</summary>
public class PngFigureTests
{
    private static readonly List<int> Samples = Enumerable.Range(0, 10).ToList();
    private static readonly List<int> Errors = Enumerable.Range(0, 12).ToList();
    private static readonly List<int> WrongPredictions = Errors.Select(i => (i % 10 + 1) % 10).ToList();

    public static IEnumerable<TestCaseData> Figures()
    {
        var data = Synthetic.Dataset();
        var history = Synthetic.History();
        var matrix = Synthetic.Matrix();
        yield return Case("pixel values", p => PixelValuesFigure.Save(data, 0, p));
        yield return Case("samples", p => ImageGridFigure.SaveSamples(data, Samples, 2, 5, p, "First 10"));
        yield return Case("errors", p => ImageGridFigure.SaveErrors(data, Errors, WrongPredictions, 3, 4, p));
        yield return Case("loss", p => LossCurveFigure.Save(history, p));
        yield return Case("confusion", p => ConfusionMatrixFigure.Save(matrix, p));
        yield return Case("curves", p => ComparisonFigure.SaveCurves(
            [("run A", [0.9, 0.6, 0.5]), ("run B", [1.0, 0.7, 0.55, 0.5])], "Epoch", "Validation loss", "Runs", p));
        yield return Case("bars", p => ComparisonFigure.SaveBars([("run A", 0.85), ("run B", 0.87)], "Accuracy", "Runs", p));
    }

    private static TestCaseData Case(string name, Action<string> save) => new TestCaseData(save).SetName($"Png_{name}");

    [TestCaseSource(nameof(Figures))]
    public void WritesADecodableFigureOfTeachingSize(Action<string> save)
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "new-sub-folder", "figure.png");
        save(path);
        using var bitmap = SKBitmap.Decode(path);
        Assert.That(bitmap, Is.Not.Null, "not a decodable image");
        Assert.That(bitmap.Width, Is.InRange(900, 1400));
        Assert.That(bitmap.Height, Is.InRange(400, 1400));
    }

    [TestCaseSource(nameof(Figures))]
    public void TheSameInputGivesTheSameBytes(Action<string> save)
    {
        using var folder = new TempFolder();
        save(folder.File("a.png"));
        save(folder.File("b.png"));
        Assert.That(File.ReadAllBytes(folder.File("b.png")), Is.EqualTo(File.ReadAllBytes(folder.File("a.png"))));
    }

    [TestCaseSource(nameof(Figures))]
    public void OverwritingLeavesOnlyTheFigure(Action<string> save)
    {
        using var folder = new TempFolder();
        save(folder.File("figure.png"));
        save(folder.File("figure.png"));
        Assert.That(Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "figure.png" }));
    }
}
