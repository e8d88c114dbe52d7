// TEMPORARY: the signatures of the figures being written on the plots branch, so the
// module compiles before they land. Deleted when `main` is merged.
using FashionMnist.Evaluation;
using FashionMnist.Training;
using FashionMnist.Data;

namespace FashionMnist.Plots
{
    public static class PixelValuesFigure { public static void Save(FashionDataset data, int index, string path) => throw new NotImplementedException(); }
    public static class ImageGridFigure
    {
        public static void SaveSamples(FashionDataset data, IReadOnlyList<int> indices, int rows, int columns, string path, string? title = null) => throw new NotImplementedException();
        public static void SaveErrors(FashionDataset data, IReadOnlyList<int> indices, IReadOnlyList<int> predicted, int rows, int columns, string path) => throw new NotImplementedException();
    }
    public static class LossCurveFigure { public static void Save(IReadOnlyList<EpochRecord> history, string path, string? title = null) => throw new NotImplementedException(); }
    public static class ConfusionMatrixFigure { public static void Save(ConfusionMatrix matrix, string path, string? title = null) => throw new NotImplementedException(); }
    public static class InteractiveCharts
    {
        public static void SaveLossHtml(IReadOnlyList<EpochRecord> history, string path) => throw new NotImplementedException();
        public static void SaveConfusionHtml(ConfusionMatrix matrix, string path) => throw new NotImplementedException();
    }
}
