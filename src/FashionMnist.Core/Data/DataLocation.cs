namespace FashionMnist.Data;

/// <summary>
/// Where <see cref="DataLocator"/> found a data set: an IDX images/labels pair, or one CSV file
/// (then <see cref="ImagesPath"/> and <see cref="LabelsPath"/> are null), and every place it looked.
/// </summary>
public sealed record DataLocation(string? ImagesPath, string? LabelsPath, string? CsvPath, IReadOnlyList<string> Searched)
{
    public bool IsCsv => CsvPath is not null;

    public override string ToString() => IsCsv ? CsvPath! : $"{ImagesPath} + {LabelsPath}";
}
