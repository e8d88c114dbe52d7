using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Model;
using FashionMnist.Training;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Measure-Mlp: accuracy, loss, confusion matrix and per-class precision/recall (the challenge's step 9).</summary>
[Cmdlet(VerbsDiagnostic.Measure, "Mlp", DefaultParameterSetName = RunSet)]
[OutputType(typeof(MlpEvaluation))]
public sealed class MeasureMlpCommand : PSCmdlet
{
    private const string RunSet = "Run";
    private const string ModelSet = "Model";

    /// <summary>A run from Invoke-Training: its model, measured on a part of the split it trained on.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = RunSet)]
    public TrainingResult Run { get; set; } = null!;

    /// <summary>A model (New-Mlp, Import-Mlp), measured on -Data.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ModelSet)]
    public Mlp Model { get; set; } = null!;

    [Parameter(ParameterSetName = RunSet)]
    public SplitPart Set { get; set; } = SplitPart.Test;

    /// <summary>Images to measure on; with a run, replaces -Set.</summary>
    [Parameter(ParameterSetName = RunSet)]
    [Parameter(Mandatory = true, ParameterSetName = ModelSet)]
    public FashionDataset? Data { get; set; }

    [Parameter]
    [ValidateRange(1, 1024)]
    public int Threads { get; set; } = new TrainingOptions().Threads;

    protected override void ProcessRecord()
    {
        if (ParameterSetName == RunSet && Data is null)
        {
            WriteObject(MlpEvaluation.Of(Run, Set, Threads));
            return;
        }
        var model = ParameterSetName == RunSet ? Run.Model : Model;
        WriteObject(new MlpEvaluation(ModelEvaluation.Of(model, Data!, Data!.Source, Threads), model.Architecture));
    }
}
