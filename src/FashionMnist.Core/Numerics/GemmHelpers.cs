namespace FashionMnist.Numerics;

/// <summary>
/// Background threads that help the matrix products of a training step. A step issues a product every
/// few tens of microseconds; a thread-pool thread woken for each would arrive after the caller had done
/// the work alone. These threads spin for a while after each product, so during training they are awake
/// when the next one is offered, and sleep once training pauses.
/// </summary>
internal static class GemmHelpers
{
    /// <summary>About a millisecond of spinning before a helper sleeps: far longer than the gap between
    /// the products of one step, far shorter than anything a user would notice as a busy core.</summary>
    private const int SpinsBeforeSleep = 2000;

    private static readonly ManualResetEventSlim Wake = new(initialState: false, spinCount: 0);
    private static readonly object StartLock = new();
    private static Gemm.RowChunks? _offered;
    private static int _threads;

    /// <summary>Makes <paramref name="job"/> the product helpers should join.</summary>
    public static void Offer(Gemm.RowChunks job)
    {
        EnsureStarted();
        Volatile.Write(ref _offered, job);
        Wake.Set();
    }

    private static void EnsureStarted()
    {
        if (Volatile.Read(ref _threads) > 0) return;
        lock (StartLock)
        {
            if (_threads > 0) return;
            int count = Math.Max(1, Environment.ProcessorCount - 1);
            for (int i = 0; i < count; i++)
                new Thread(Loop) { IsBackground = true, Name = $"FashionMnist GEMM helper {i + 1}" }.Start();
            Volatile.Write(ref _threads, count);
        }
    }

    private static void Loop()
    {
        Gemm.RowChunks? last = null;
        int idle = 0;
        while (true)
        {
            var job = Volatile.Read(ref _offered);
            if (job is not null && !ReferenceEquals(job, last))
            {
                last = job;
                if (job.TryJoin()) job.Execute();
                idle = 0;
                continue;
            }
            if (++idle < SpinsBeforeSleep)
            {
                Thread.SpinWait(30);
                continue;
            }
            // Reset before the re-check at the top of the loop: an offer made in between is still seen.
            Wake.Wait();
            Wake.Reset();
            idle = 0;
        }
    }
}
