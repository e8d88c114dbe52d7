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
int cores = Environment.ProcessorCount;
foreach (int[] hidden in new[] { new[] { 64, 32 }, new[] { 128, 64 }, new[] { 256, 128 } })
{
    var model = Mlp.Create(hidden);
    string name = model.Architecture;
    double flopsPerEpoch = TrainingFlopsPerSample(model) * split.Train.Count;
    var epoch = TrainingEpoch(model, split.Train, threads: 1, epochs, flopsPerEpoch, name);
    results.Add(epoch);
    if (cores > 1) results.Add(TrainingEpoch(model, split.Train, cores, epochs, flopsPerEpoch, $"{name} ({cores} threads)"));
    results.Add(GemmOnlyEpoch(model, split.Train.Count, flopsPerEpoch, epoch.SecondsMedian));
    var cache = model.CreateCache(Inference.ChunkRows);
    results.Add(Measurement.Time($"{name} forward 10000 images", "inference", 20,
        () => Inference.Run(model, test10k, 1, cache), warmups: 3));
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

// Seconds per training epoch (SGD, batch 128), epoch 1 being the warm-up.
static Measurement TrainingEpoch(Mlp model, FashionDataset train, int threads, int epochs, double flops, string name)
{
    var options = new TrainingOptions { Epochs = epochs + 1, LearningRate = 0.1, Schedule = LearningRateSchedule.Constant, Threads = threads };
    var run = new Trainer(options).Train(model, train, valid: null);
    return Measurement.FromSamples(name, "train-epoch", run.History.Skip(1).Select(h => h.Seconds).ToArray(), flops,
        $"batch 128, {train.Count} images, SGD, {threads} thread(s)");
}

// Multiply-adds ×2 of one training step per sample: forward a·W, weight gradient aᵀ·δ, and δ·Wᵀ for
// every layer but the first (nothing needs the gradient of the input image).
static double TrainingFlopsPerSample(Mlp model) =>
    model.Layers.Select((l, i) => 2.0 * l.Inputs * l.Outputs * (i == 0 ? 2 : 3)).Sum();

// The same matrix products as one training epoch (one thread), with nothing else: what the kernels alone
// cost, so the table can say which share of an epoch is matrix products and which is the rest.
static Measurement GemmOnlyEpoch(Mlp model, int images, double flops, double epochSeconds)
{
    const int batch = 128;
    int steps = (images + batch - 1) / batch;
    var buffers = model.Layers.Select(l => (A: new float[batch * l.Inputs], W: new float[l.Inputs * l.Outputs],
        Z: new float[batch * l.Outputs], D: new float[batch * l.Outputs], WT: new float[l.Outputs * l.Inputs], DA: new float[batch * l.Inputs])).ToArray();
    var m = Measurement.Time($"{model.Architecture} GEMM only, one epoch", "gemm-epoch", 5, () =>
    {
        for (int s = 0; s < steps; s++)
            for (int l = 0; l < buffers.Length; l++)
            {
                var (a, w, z, d, wt, da) = buffers[l];
                var layer = model.Layers[l];
                Gemm.Multiply(a, w, z, batch, layer.Outputs, layer.Inputs);
                Gemm.MultiplyTransposedA(a, d, w, layer.Inputs, layer.Outputs, batch);
                if (l > 0) Gemm.Multiply(d, wt, da, batch, layer.Inputs, layer.Outputs);
            }
    }, flopsPerRun: flops);
    return m with { GemmShare = m.SecondsMedian / epochSeconds };
}
