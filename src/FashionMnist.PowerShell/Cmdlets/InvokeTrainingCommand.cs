using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Model;
using FashionMnist.PowerShell.Infrastructure;
using FashionMnist.Training;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>
/// Invoke-Training: mini-batch training of an MLP (the challenge's steps 3–8). Data comes from the pipeline
/// (a split, or a dataset it splits 80/10/10 with seed 100) or, when none is given, from the default data with
/// the challenge's split. Ctrl+C stops within one batch; because PowerShell allows no output once a pipeline is
/// stopping, every run (finished or not) is also kept in $global:FashionMnistLastRun.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "Training", DefaultParameterSetName = ArchitectureSet)]
[OutputType(typeof(TrainingResult))]
public sealed class InvokeTrainingCommand : PSCmdlet
{
    private const string ArchitectureSet = "Architecture";
    private const string ModelSet = "Model";
    /// <summary>Where the latest run is kept, so a run stopped with Ctrl+C is not lost.</summary>
    public const string LastRunVariable = "FashionMnistLastRun";

    private readonly CancellationTokenSource _stop = new();

    /// <summary>The core's defaults, so the cmdlet and the C# API train alike when nothing is given.</summary>
    private static readonly TrainingOptions Defaults = new();

    /// <summary>A DatasetSplit, a FashionDataset (split 80/10/10, seed 100) or a path to read. Omitted: the default data.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    [Alias("Split", "InputObject")]
    public object? Data { get; set; }

    /// <summary>The network to start from (New-Mlp or Import-Mlp); it is copied, not changed.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ModelSet)]
    public Mlp Model { get; set; } = null!;

    [Parameter(ParameterSetName = ArchitectureSet)]
    [ValidateCount(1, 16)]
    [ValidateRange(1, 65536)]
    public int[] Hidden { get; set; } = [.. Mlp.DefaultHidden];

    [Parameter(ParameterSetName = ArchitectureSet)]
    public Activation Activation { get; set; } = Activation.ReLU;

    [Parameter(ParameterSetName = ArchitectureSet)]
    public WeightInit Init { get; set; } = WeightInit.Normal;

    [Parameter(ParameterSetName = ArchitectureSet)]
    [ValidateRange(1e-9, 10.0)]
    public double InitScale { get; set; } = 0.01;

    [Parameter]
    [ValidateRange(1, 100000)]
    public int Epochs { get; set; } = Defaults.Epochs;

    [Parameter]
    [ValidateRange(1, 65536)]
    public int BatchSize { get; set; } = Defaults.BatchSize;

    [Parameter]
    [ValidateRange(1e-12, 1e6)]
    public double LearningRate { get; set; } = Defaults.LearningRate;

    [Parameter]
    public OptimizerKind Optimizer { get; set; } = Defaults.Optimizer;

    [Parameter]
    [ValidateRange(0.0, 0.999999)]
    public double Momentum { get; set; } = Defaults.Momentum;

    [Parameter]
    [ValidateRange(0.0, 1e3)]
    public double L2 { get; set; }

    /// <summary>Early stopping: epochs without a lower validation loss before stopping (best weights kept). 0 = off.</summary>
    [Parameter]
    [ValidateRange(0, 100000)]
    public int Patience { get; set; }

    [Parameter]
    public LearningRateSchedule Schedule { get; set; } = Defaults.Schedule;

    [Parameter]
    [ValidateRange(0.0, 0.95)]
    public double Dropout { get; set; }

    [Parameter]
    [ValidateRange(0, 4)]
    public int AugmentShift { get; set; }

    [Parameter]
    public SwitchParameter AugmentFlip { get; set; }

    /// <summary>Seed of the initial weights (with -Hidden), the shuffles, dropout and augmentation.</summary>
    [Parameter]
    public int Seed { get; set; } = Defaults.Seed;

    [Parameter]
    [ValidateRange(1, 1024)]
    public int Threads { get; set; } = Defaults.Threads;

    protected override void ProcessRecord()
    {
        var split = ResolveSplit();
        var model = ParameterSetName == ModelSet
            ? Model
            : ModelFactory.Create(this, Hidden, Activation, Init, InitScale, Seed);
        var trainer = new Trainer(Options());
        var progress = new TrainingProgress(this, $"Training {model.Architecture} on {split.Train.Count} images");
        trainer.BatchCompleted += progress.OnBatch;
        trainer.EpochCompleted += e => WriteVerbose(
            $"Epoch {e.Epoch,3}/{Epochs}: loss_train {e.TrainLoss:F4}  loss_val {e.ValidLoss:F4}  " +
            $"acc_train {e.TrainAccuracy:P2}  acc_val {e.ValidAccuracy:P2}  ({e.Seconds:F2} s)");

        TrainingRun run;
        try
        {
            run = trainer.Train(model, split, _stop.Token);
        }
        catch (TrainingDivergedException e)
        {
            ThrowTerminatingError(Errors.FromDivergence(e, LearningRate));
            throw;
        }

        var result = new TrainingResult(run, split,
            Inference.Run(run.Model, split.Train, Threads).Accuracy,
            split.Valid.Count > 0 ? Inference.Run(run.Model, split.Valid, Threads).Accuracy : double.NaN);
        SessionState.PSVariable.Set("global:" + LastRunVariable, result);
        if (run.Cancelled)
        {
            // The pipeline is stopping: WriteObject/WriteWarning would throw, the host UI still prints.
            Host.UI.WriteWarningLine(
                $"Training stopped after {run.EpochsRun} complete epoch(s); the run so far is in ${LastRunVariable}.");
            return;
        }
        progress.Complete();
        WriteObject(result);
    }

    protected override void StopProcessing() => _stop.Cancel();

    private TrainingOptions Options()
    {
        try
        {
            return new TrainingOptions
            {
                Epochs = Epochs, BatchSize = BatchSize, LearningRate = LearningRate, Optimizer = Optimizer,
                Momentum = Momentum, L2 = L2, EarlyStoppingPatience = Patience, Schedule = Schedule, Dropout = Dropout,
                AugmentShift = AugmentShift, AugmentFlip = AugmentFlip, Seed = Seed, Threads = Threads,
            }.Validate();
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(Errors.InvalidArgument("InvalidTrainingOption", e, e.ParamName));
            throw;
        }
    }

    /// <summary>The data argument as a split: a split as is, a dataset or a file split the challenge's way.</summary>
    private DatasetSplit ResolveSplit()
    {
        object? data = Data is PSObject wrapped ? wrapped.BaseObject : Data;
        return data switch
        {
            null => DataSource.ChallengeSplit(this),
            DatasetSplit split => split,
            FashionDataset dataset => DataSplitter.Split(dataset),
            string path => DataSplitter.Split(DataSource.Load(this,
                SessionState.Path.GetUnresolvedProviderPathFromPSPath(path), FashionSet.Train)),
            _ => Fail(data),
        };
    }

    private DatasetSplit Fail(object data)
    {
        ThrowTerminatingError(Errors.InvalidArgument("InvalidTrainingData",
            $"Expected a DatasetSplit, a FashionDataset or a data file path; found a {data.GetType().Name}.", data));
        throw new InvalidOperationException(); // not reached
    }
}
