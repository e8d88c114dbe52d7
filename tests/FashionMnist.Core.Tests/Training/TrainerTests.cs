using FashionMnist.Core.Tests.Support;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Model;
using FashionMnist.Training;

namespace FashionMnist.Core.Tests.Training;

public class TrainerTests
{
    private static readonly FashionDataset Train = SyntheticData.Bands(600, seed: 1);
    private static readonly FashionDataset Valid = SyntheticData.Bands(200, seed: 2);

    private static TrainingRun Fit(TrainingOptions options, Activation activation = Activation.ReLU, CancellationToken token = default) =>
        new Trainer(options).Train(Mlp.Create([32, 16], activation, WeightInit.He, seed: 5), Train, Valid, token);

    [Test]
    public void A_separable_dataset_is_learned_to_full_accuracy()
    {
        var run = Fit(new TrainingOptions { Epochs = 8, BatchSize = 32, LearningRate = 0.1 });
        Assert.That(ModelEvaluation.Of(run.Model, Train, "train").Accuracy, Is.EqualTo(1.0));
        Assert.That(ModelEvaluation.Of(run.Model, Valid, "valid").Accuracy, Is.EqualTo(1.0));
        Assert.That(run.History.Last().TrainLoss, Is.LessThan(run.History.First().TrainLoss));
    }

    [Test]
    public void Same_seed_gives_identical_weights_and_history_whatever_the_thread_count()
    {
        var options = new TrainingOptions { Epochs = 3, BatchSize = 50, LearningRate = 0.05, Optimizer = OptimizerKind.Adam, Dropout = 0.2, AugmentShift = 1 };
        var one = Fit(options with { Threads = 1 });
        var two = Fit(options with { Threads = 2 });
        var again = Fit(options with { Threads = 1 });
        for (int l = 0; l < one.Model.Layers.Count; l++)
        {
            Assert.That(two.Model.Layers[l].Weights, Is.EqualTo(one.Model.Layers[l].Weights), $"layer {l}, 2 threads");
            Assert.That(again.Model.Layers[l].Weights, Is.EqualTo(one.Model.Layers[l].Weights), $"layer {l}, second run");
        }
        Assert.That(two.History.Select(h => h.TrainLoss), Is.EqualTo(one.History.Select(h => h.TrainLoss)));
        Assert.That(Fit(options with { Seed = 101 }).Model.Layers[0].Weights, Is.Not.EqualTo(one.Model.Layers[0].Weights));
    }

    [Test]
    public void The_callers_model_is_not_changed()
    {
        var model = Mlp.Create([8], seed: 1);
        var before = model.Layers[0].Weights.ToArray();
        new Trainer(new TrainingOptions { Epochs = 1 }).Train(model, Train, Valid);
        Assert.That(model.Layers[0].Weights, Is.EqualTo(before));
    }

    [TestCase(OptimizerKind.Sgd)]
    [TestCase(OptimizerKind.Momentum)]
    [TestCase(OptimizerKind.Adam)]
    [TestCase(OptimizerKind.AdamW)]
    public void Every_optimiser_lowers_the_loss(OptimizerKind optimizer)
    {
        double lr = optimizer is OptimizerKind.Adam or OptimizerKind.AdamW ? 0.002 : 0.05;
        var run = Fit(new TrainingOptions { Epochs = 4, BatchSize = 32, LearningRate = lr, Optimizer = optimizer, L2 = 1e-4 });
        Assert.That(run.History[^1].ValidLoss, Is.LessThan(0.5 * run.History[0].ValidLoss));
    }

    [Test]
    public void Early_stopping_stops_and_restores_the_best_epoch()
    {
        // A learning rate this high makes the validation loss climb after the first epochs.
        var run = Fit(new TrainingOptions { Epochs = 30, BatchSize = 16, LearningRate = 0.9, Optimizer = OptimizerKind.Momentum, EarlyStoppingPatience = 2 });
        int best = run.History.MinBy(h => h.ValidLoss)!.Epoch;
        Assert.That(run.BestEpoch, Is.EqualTo(best));
        if (run.StoppedEarly) Assert.That(run.EpochsRun, Is.EqualTo(best + 2));
        double restoredLoss = ModelEvaluation.Of(run.Model, Valid, "valid").Loss;
        Assert.That(restoredLoss, Is.EqualTo(run.History[best - 1].ValidLoss).Within(1e-9), "the kept weights are the best epoch's");
    }

    [Test]
    public void Early_stopping_with_a_plateau_ends_before_the_last_epoch()
    {
        var run = Fit(new TrainingOptions { Epochs = 60, BatchSize = 8, LearningRate = 0.5, EarlyStoppingPatience = 1 });
        Assert.That(run.StoppedEarly, Is.True);
        Assert.That(run.EpochsRun, Is.LessThan(60));
    }

    [Test]
    public void Cancellation_stops_within_a_batch_and_keeps_the_run_so_far()
    {
        using var cancel = new CancellationTokenSource();
        var trainer = new Trainer(new TrainingOptions { Epochs = 50, BatchSize = 20 });
        int batchesAfterCancel = 0;
        trainer.EpochCompleted += e => { if (e.Epoch == 2) cancel.Cancel(); };
        trainer.BatchCompleted += _ => { if (cancel.IsCancellationRequested) batchesAfterCancel++; };
        var run = trainer.Train(Mlp.Create([16], seed: 1), Train, Valid, cancel.Token);
        Assert.That(run.Cancelled, Is.True);
        Assert.That(run.EpochsRun, Is.EqualTo(2));
        Assert.That(batchesAfterCancel, Is.EqualTo(0));
        Assert.That(run.Model.Layers[0].Weights, Is.Not.EqualTo(Mlp.Create([16], seed: 1).Layers[0].Weights));
    }

    [Test]
    public void A_diverging_loss_is_an_error_naming_epoch_and_batch()
    {
        var ex = Assert.Throws<TrainingDivergedException>(() =>
            Fit(new TrainingOptions { Epochs = 5, BatchSize = 16, LearningRate = 1e6, Optimizer = OptimizerKind.Momentum }));
        Assert.That(ex!.Epoch, Is.GreaterThanOrEqualTo(1));
        Assert.That(ex.Batch, Is.GreaterThanOrEqualTo(1));
        Assert.That(double.IsFinite(ex.Loss), Is.False);
        Assert.That(ex.Message, Does.Contain($"epoch {ex.Epoch}, batch {ex.Batch}"));
    }

    [Test]
    public void Events_report_every_batch_and_epoch()
    {
        var trainer = new Trainer(new TrainingOptions { Epochs = 2, BatchSize = 100 });
        var batches = new List<BatchProgress>();
        var epochs = new List<EpochRecord>();
        trainer.BatchCompleted += batches.Add;
        trainer.EpochCompleted += epochs.Add;
        var run = trainer.Train(Mlp.Create([8], seed: 1), Train, Valid);
        Assert.That(batches, Has.Count.EqualTo(12));
        Assert.That(batches[^1], Is.EqualTo(batches[^1] with { Epoch = 2, Batch = 6, BatchesPerEpoch = 6 }));
        Assert.That(epochs, Is.EqualTo(run.History));
    }

    [Test]
    public void Dropout_changes_training_but_not_evaluation()
    {
        var plain = Fit(new TrainingOptions { Epochs = 2, BatchSize = 50 });
        var dropped = Fit(new TrainingOptions { Epochs = 2, BatchSize = 50, Dropout = 0.5 });
        Assert.That(dropped.Model.Layers[0].Weights, Is.Not.EqualTo(plain.Model.Layers[0].Weights));
        // Evaluating the same model twice gives the same numbers: no mask is drawn at evaluation.
        var first = Inference.Run(dropped.Model, Valid);
        var second = Inference.Run(dropped.Model, Valid);
        Assert.That(second.Probabilities, Is.EqualTo(first.Probabilities));
    }

    [Test]
    public void Augmentation_touches_training_batches_only()
    {
        var plain = Fit(new TrainingOptions { Epochs = 1, BatchSize = 50 });
        var shifted = Fit(new TrainingOptions { Epochs = 1, BatchSize = 50, AugmentShift = 2, AugmentFlip = true });
        Assert.That(shifted.Model.Layers[0].Weights, Is.Not.EqualTo(plain.Model.Layers[0].Weights));
        // Validation is measured on the images as they are: the recorded loss equals a plain evaluation.
        Assert.That(shifted.History[0].ValidLoss, Is.EqualTo(Inference.Run(shifted.Model, Valid).Loss).Within(1e-12));
    }

    [TestCase(0.0)]
    [TestCase(-0.1)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void A_learning_rate_that_is_not_positive_and_finite_is_refused(double lr)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Trainer(new TrainingOptions { LearningRate = lr }));
        Assert.That(ex!.ParamName, Is.EqualTo("LearningRate"));
    }
}
