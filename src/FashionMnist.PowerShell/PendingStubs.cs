// TEMPORARY: the signatures of the data loaders and figures being written on other branches, so the
// module compiles before they land. Deleted when `main` is merged.
using FashionMnist.Evaluation;
using FashionMnist.Training;
using FashionMnist.Data;

namespace FashionMnist.Data
{
    public enum FashionSet { Train, Test }

    public static class FashionData
    {
        public static FashionDataset Load(string? path = null, FashionSet set = FashionSet.Train, IReadOnlyList<string>? dataDirectories = null)
        {
            string dir = path ?? Environment.GetEnvironmentVariable("FASHION_MNIST_DIR") ?? "/usr/share/datasets/fashion-mnist";
            if (!Directory.Exists(dir)) throw new FashionDataException(DataErrorKind.NotFound, dir, "", "a folder", "nothing");
            string prefix = set == FashionSet.Train ? "train" : "t10k";
            byte[] Read(string f) { using var gz = new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(dir, f)), System.IO.Compression.CompressionMode.Decompress); using var m = new MemoryStream(); gz.CopyTo(m); return m.ToArray(); }
            return new FashionDataset(Read($"{prefix}-images-idx3-ubyte.gz")[16..], Read($"{prefix}-labels-idx1-ubyte.gz")[8..], dir);
        }
    }

    public static class CsvDataWriter
    {
        public static void Write(FashionDataset data, string path, bool header = true) => throw new NotImplementedException();
    }
}

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
