using System.Globalization;
using System.Text;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Model;

namespace FashionMnist.PowerShell;

/// <summary>
/// Multi-line text blocks for the default views in FashionMnist.format.ps1xml: a format file can show one
/// value per property, so a matrix or a list of layers is rendered here as aligned text.
/// </summary>
public static class TextTables
{
    /// <summary>"(60000, 784)", as NumPy prints X_raw.shape.</summary>
    public static string Shape(FashionDataset data) => $"({data.Shape.Rows}, {data.Shape.Columns})";

    /// <summary>One line per class: "0 T-shirt/top   6000".</summary>
    public static string ClassCounts(FashionDataset data)
    {
        var counts = data.ClassCounts();
        return string.Join('\n', counts.Select((n, c) => $"{c} {ClassNames.Of(c),-12} {n,6}"));
    }

    /// <summary>One line per layer: "1  784 × 64   W 50176 + b 64 = 50240".</summary>
    public static string Layers(Mlp model)
    {
        var lines = model.Layers.Select((l, i) =>
            $"{i + 1}  {l.Inputs,4} × {l.Outputs,-4}  W {l.Weights.Length,7} + b {l.Biases.Length,4} = {l.ParameterCount,7}");
        return string.Join('\n', lines);
    }

    /// <summary>Rows = actual class (number and name), columns = predicted class number; narrow enough for
    /// an 80-column console beside a list label.</summary>
    public static string Confusion(ConfusionMatrix matrix)
    {
        int classes = matrix.Classes;
        int largest = 0;
        for (int a = 0; a < classes; a++)
            for (int p = 0; p < classes; p++) largest = Math.Max(largest, matrix[a, p]);
        int width = Math.Max(3, largest.ToString(CultureInfo.InvariantCulture).Length) + 1;
        const int labelWidth = 15;
        var text = new StringBuilder("actual\\pred".PadRight(labelWidth));
        for (int p = 0; p < classes; p++) text.Append(p.ToString(CultureInfo.InvariantCulture).PadLeft(width));
        for (int a = 0; a < classes; a++)
        {
            text.Append('\n').Append($"{a} {ClassNames.Of(a)}".PadRight(labelWidth));
            for (int p = 0; p < classes; p++) text.Append(matrix[a, p].ToString(CultureInfo.InvariantCulture).PadLeft(width));
        }
        return text.ToString();
    }

    /// <summary>One line per class: precision, recall, F1 and how many images of it there are.</summary>
    public static string PerClass(IEnumerable<ClassMetrics> metrics)
    {
        var lines = metrics.Select(m =>
            $"{m.Label} {m.Name,-12} precision {m.Precision,7:P1} recall {m.Recall,7:P1} F1 {m.F1:F3}");
        return string.Join('\n', lines);
    }
}
