using System.Diagnostics;
using System.Management.Automation;
using FashionMnist.Training;

namespace FashionMnist.PowerShell.Infrastructure;

/// <summary>
/// Write-Progress for a training run. Batches finish every few hundred microseconds, and each progress record
/// costs a host round-trip, so at most one record per <see cref="Interval"/> is written; the record object is
/// reused and completed at the end, as PowerShell's own long-running cmdlets do.
/// </summary>
internal sealed class TrainingProgress(Cmdlet cmdlet, string activity)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly ProgressRecord _record = new(1, activity, "Starting");
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _nextWrite = TimeSpan.Zero;

    public void OnBatch(BatchProgress p)
    {
        var now = _clock.Elapsed;
        if (now < _nextWrite) return;
        _nextWrite = now + Interval;
        long done = (long)(p.Epoch - 1) * p.BatchesPerEpoch + p.Batch;
        long total = (long)p.Epochs * p.BatchesPerEpoch;
        _record.PercentComplete = (int)(100 * done / total);
        _record.SecondsRemaining = (int)Math.Ceiling(now.TotalSeconds / done * (total - done));
        _record.StatusDescription = $"Epoch {p.Epoch} of {p.Epochs}, batch {p.Batch} of {p.BatchesPerEpoch}, loss {p.Loss:F4}";
        cmdlet.WriteProgress(_record);
    }

    public void Complete()
    {
        _record.RecordType = ProgressRecordType.Completed;
        cmdlet.WriteProgress(_record);
    }
}
