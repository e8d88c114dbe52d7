using System.Runtime.Intrinsics;
using System.Text.Json;
using FashionMnist.Bench;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Model;
using FashionMnist.Numerics;
using FashionMnist.Persistence;
using FashionMnist.Training;

// ./build.ps1 Bench: how fast the toolkit trains and infers on this machine.
// Training epochs are timed without the validation pass, as the NumPy peer in ../shared/bench times them.
string output = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault() ?? "figs/bench.json";
int epochs = int.TryParse(args.SkipWhile(a => a != "--epochs").Skip(1).FirstOrDefault(), out int e) ? e : 8;

Console.WriteLine($"CPU: {Environment.ProcessorCount} cores, Vector512 {(Vector512.IsHardwareAccelerated ? "on" : "off")}, " +
                  $"GEMM path {Gemm.BestPath}, .NET {Environment.Version}");
var results = new List<Measurement>();

FashionDataset train = null!;
results.Add(Measurement.Time("load 60000 images (IDX .gz)", "load", 5, () => train = FashionData.Load(set: FashionSet.Train)));
string csv = Path.Combine(Path.GetTempPath(), $"fashion-bench-{Environment.ProcessId}.csv");
try
{
    CsvDataWriter.Write(train, csv);
    results.Add(Measurement.Time("load 60000 images (CSV)", "load", 3, () => CsvDataReader.Read(csv)));
}
finally
{
    File.Delete(csv);
}

var split = DataSplitter.Split(train);
var test10k = FashionData.Load(set: FashionSet.Test);
foreach (int[] hidden in new[] { new[] { 64, 32 }, new[] { 128, 64 }, new[] { 256, 128 } })
{
    var model = Mlp.Create(hidden);
    string name = model.Architecture;
    double flopsPerEpoch = TrainingFlopsPerSample(model) * split.Train.Count;
    foreach (int threads in new[] { Environment.ProcessorCount, 1 }.Distinct())
    {
        var options = new TrainingOptions { Epochs = epochs + 1, LearningRate = 0.1, Threads = threads };
        var run = new Trainer(options).Train(model, split.Train, valid: null);
        var seconds = run.History.Skip(1).Select(h => h.Seconds).ToArray();      // epoch 1 is the warm-up
        results.Add(Measurement.FromSamples(threads == Environment.ProcessorCount ? name : $"{name} ({threads} thread)",
            "train-epoch", seconds, flopsPerEpoch, $"batch 128, {split.Train.Count} images, SGD, {threads} threads"));
    }
    results.Add(GemmOnlyEpoch(model, split.Train.Count, flopsPerEpoch, results[^2].SecondsMedian));
    var cache = model.CreateCache(Inference.ChunkRows, Environment.ProcessorCount);
    results.Add(Measurement.Time($"{name} forward 10000 images", "inference", 20,
        () => Inference.Run(model, test10k, Environment.ProcessorCount, cache), warmups: 3));
}

Console.WriteLine();
Console.WriteLine($"{"measurement",-44} {"median s",10} {"min s",10} {"max s",10} {"GFLOP/s",9} {"GEMM share",11}");
foreach (var m in results)
    Console.WriteLine($"{m.Name,-44} {m.SecondsMedian,10:F4} {m.SecondsMin,10:F4} {m.SecondsMax,10:F4} " +
                      $"{(m.Gflops is double g ? g.ToString("F1") : ""),9} {(m.GemmShare is double s ? s.ToString("P0") : ""),11}");
AtomicFile.WriteAllText(output, JsonSerializer.Serialize(results, new JsonSerializerOptions
{
    WriteIndented = true,
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
}));
Console.WriteLine($"\nwritten {Path.GetFullPath(output)}");

// Multiply-adds ×2 of one training step per sample: forward a·W, weight gradient aᵀ·δ, and δ·Wᵀ for
// every layer but the first (nothing needs the gradient of the input image).
static double TrainingFlopsPerSample(Mlp model) =>
    model.Layers.Select((l, i) => 2.0 * l.Inputs * l.Outputs * (i == 0 ? 2 : 3)).Sum();

// The same matrix products as one training epoch, with nothing else: what the kernels alone cost,
// so the table can say which share of an epoch is matrix products and which is the rest.
static Measurement GemmOnlyEpoch(Mlp model, int images, double flops, double epochSeconds)
{
    const int batch = 128;
    int threads = Environment.ProcessorCount, steps = (images + batch - 1) / batch;
    var buffers = model.Layers.Select(l => (A: new float[batch * l.Inputs], W: new float[l.Inputs * l.Outputs],
        Z: new float[batch * l.Outputs], D: new float[batch * l.Outputs], WT: new float[l.Outputs * l.Inputs], DA: new float[batch * l.Inputs])).ToArray();
    var m = Measurement.Time($"{model.Architecture} GEMM only, one epoch", "gemm-epoch", 5, () =>
    {
        for (int s = 0; s < steps; s++)
            for (int l = 0; l < buffers.Length; l++)
            {
                var (a, w, z, d, wt, da) = buffers[l];
                var layer = model.Layers[l];
                Gemm.Multiply(a, w, z, batch, layer.Outputs, layer.Inputs, threads);
                Gemm.MultiplyTransposedA(a, d, w, layer.Inputs, layer.Outputs, batch, threads);
                if (l > 0) Gemm.Multiply(d, wt, da, batch, layer.Inputs, layer.Outputs, threads);
            }
    }, flopsPerRun: flops);
    return m with { GemmShare = m.SecondsMedian / epochSeconds };
}
