using System.Diagnostics;

namespace FashionMnist.Bench;

/// <summary>One line of the benchmark: repeated timings of one thing, summarised by median and spread.</summary>
public sealed record Measurement(string Name, string Kind, double SecondsMedian, double SecondsMin, double SecondsMax,
    int Repeats, double? Gflops = null, double? GemmShare = null, string? Note = null)
{
    /// <summary>Times <paramref name="action"/> <paramref name="repeats"/> times after <paramref name="warmups"/> untimed runs.</summary>
    public static Measurement Time(string name, string kind, int repeats, Action action, int warmups = 1,
        double? flopsPerRun = null, string? note = null)
    {
        for (int i = 0; i < warmups; i++) action();
        var seconds = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            seconds[i] = clock.Elapsed.TotalSeconds;
        }
        return FromSamples(name, kind, seconds, flopsPerRun, note);
    }

    public static Measurement FromSamples(string name, string kind, IReadOnlyList<double> seconds, double? flopsPerRun = null,
        string? note = null)
    {
        var sorted = seconds.Order().ToArray();
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return new Measurement(name, kind, median, sorted[0], sorted[^1], sorted.Length,
            flopsPerRun is double f ? f / median / 1e9 : null, null, note);
    }
}
