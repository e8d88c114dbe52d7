using System.Runtime.CompilerServices;
using System.Diagnostics;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Model;
using FashionMnist.Numerics;

namespace FashionMnist.Training;

/// <summary>
/// Mini-batch training (the challenge's train()): each epoch reshuffles the training set from the seed,
/// then for every batch runs forward → loss → backward → update, and after the epoch measures the
/// validation set. Trains a copy of the model, so the caller's model is left as it was.
/// </summary>
public sealed class Trainer
{
    public Trainer(TrainingOptions? options = null) => Options = (options ?? new TrainingOptions()).Validate();

    public TrainingOptions Options { get; }

    /// <summary>After every mini-batch, on the training thread.</summary>
    public event Action<BatchProgress>? BatchCompleted;
    /// <summary>After every epoch, on the training thread.</summary>
    public event Action<EpochRecord>? EpochCompleted;

    /// <summary>Trains on <paramref name="split"/>'s training part, validating on its validation part.</summary>
    public TrainingRun Train(Mlp model, DatasetSplit split, CancellationToken cancellation = default) =>
        Train(model, split.Train, split.Valid, cancellation);

    /// <summary>
    /// Trains a copy of <paramref name="model"/>. Cancellation stops within one batch and returns the run so far
    /// (marked <see cref="TrainingRun.Cancelled"/>). A NaN or infinite loss throws <see cref="TrainingDivergedException"/>.
    /// </summary>
    public TrainingRun Train(Mlp model, FashionDataset train, FashionDataset? valid, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        if (train.Count == 0) throw new ArgumentException("The training set is empty.", nameof(train));
        if (model.Inputs != FashionDataset.Pixels)
            throw new ArgumentException($"The model takes {model.Inputs} inputs; images have {FashionDataset.Pixels} pixels.", nameof(model));
        if (model.Classes != ClassNames.Count)
            throw new ArgumentException($"The model has {model.Classes} outputs; Fashion-MNIST has {ClassNames.Count} classes.", nameof(model));

        var o = Options;
        var clock = Stopwatch.StartNew();
        var trained = model.Clone();
        int batchSize = Math.Min(o.BatchSize, train.Count);
        var cache = trained.CreateCache(batchSize, o.Threads);
        cache.DropoutRate = (float)o.Dropout;
        cache.DropoutRandom = SeededRandom.ForPurpose(o.Seed, "dropout");
        var evaluationCache = valid is { Count: > 0 } ? trained.CreateCache(Math.Min(Inference.ChunkRows, valid.Count), o.Threads) : null;
        var gradients = trained.CreateGradients();
        var optimizer = Optimizers.Create(o, trained);
        var shuffler = SeededRandom.ForPurpose(o.Seed, "shuffle");
        var augmentation = new Augmentation(o.AugmentShift, o.AugmentFlip, SeededRandom.ForPurpose(o.Seed, "augment"));
        var order = Enumerable.Range(0, train.Count).ToArray();
        var batchLabels = new byte[batchSize];
        int batches = (train.Count + batchSize - 1) / batchSize;

        var history = new List<EpochRecord>();
        Mlp? best = o.EarlyStoppingPatience > 0 ? trained.Clone() : null;
        double bestLoss = double.PositiveInfinity;
        int bestEpoch = 0, epochsWithoutImprovement = 0;
        bool cancelled = false, stoppedEarly = false;

        for (int epoch = 1; epoch <= o.Epochs && !cancelled && !stoppedEarly; epoch++)
        {
            var epochClock = Stopwatch.StartNew();
            double learningRate = o.LearningRateAt(epoch);
            shuffler.Shuffle(order);
            double lossSum = 0;
            int correct = 0, seen = 0;
            for (int b = 0; b < batches; b++)
            {
                if (cancellation.IsCancellationRequested)
                {
                    cancelled = true;
                    break;
                }
                int start = b * batchSize, rows = Math.Min(batchSize, train.Count - start);
                var indices = order.AsSpan(start, rows);
                GatherBatch(train, indices, cache.Input(rows), batchLabels, augmentation);
                var labels = batchLabels.AsSpan(0, rows);

                trained.Forward(cache, rows);
                double loss = Softmax.CrossEntropy(cache.Z[^1], labels, rows, trained.Classes, out int ok);
                if (!double.IsFinite(loss)) throw new TrainingDivergedException(epoch, b + 1, loss, learningRate, history.ToList());
                trained.Backward(cache, labels, gradients);
                optimizer.Step(trained, gradients, learningRate);

                lossSum += loss * rows;
                correct += ok;
                seen += rows;
                BatchCompleted?.Invoke(new BatchProgress(epoch, o.Epochs, b + 1, batches, loss));
            }
            if (cancelled) break;   // a partial epoch keeps its learned weights but gets no history line

            var validation = evaluationCache is not null ? Inference.Run(trained, valid!, o.Threads, evaluationCache) : null;
            var record = new EpochRecord(epoch, lossSum / seen, validation?.Loss ?? double.NaN, (double)correct / seen,
                validation?.Accuracy ?? double.NaN, learningRate, epochClock.Elapsed.TotalSeconds);
            history.Add(record);
            EpochCompleted?.Invoke(record);

            double monitored = validation?.Loss ?? record.TrainLoss;
            if (monitored < bestLoss)
            {
                bestLoss = monitored;
                bestEpoch = epoch;
                epochsWithoutImprovement = 0;
                best?.CopyParametersFrom(trained);
            }
            else if (best is not null && ++epochsWithoutImprovement >= o.EarlyStoppingPatience && epoch < o.Epochs)
            {
                stoppedEarly = true;
            }
        }

        if (best is not null && bestEpoch > 0) trained.CopyParametersFrom(best);
        return new TrainingRun(trained, o, history, bestEpoch, stoppedEarly, cancelled, clock.Elapsed.TotalSeconds);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GatherBatch(FashionDataset data, ReadOnlySpan<int> indices, Span<float> input, Span<byte> labels,
        Augmentation augmentation)
    {
        const int width = FashionDataset.Pixels;
        for (int i = 0; i < indices.Length; i++)
        {
            var row = input.Slice(i * width, width);
            if (augmentation.IsActive) augmentation.Apply(data.Image(indices[i]), row);
            else Preprocessing.Normalize(data.Image(indices[i]), row);
            labels[i] = (byte)data.Label(indices[i]);
        }
    }
}
