using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.PowerShell.Tests.Support;

namespace FashionMnist.PowerShell.Tests;

public sealed class TrainingCmdletTests : ModuleFixture
{
    [Test]
    public void SplitFashionData_Defaults_Are80_10_10()
    {
        var split = Host.Run("$small | Split-FashionData").Single<DatasetSplit>();
        Assert.That((split.Train.Count, split.Valid.Count, split.Test.Count), Is.EqualTo((1600, 200, 200)));
        Assert.That(split.Seed, Is.EqualTo(100));
    }

    [Test]
    public void SplitFashionData_FractionsNotSummingToOne_IsInvalidSplit()
    {
        var result = Host.Run("$small | Split-FashionData -Train 0.8 -Valid 0.1 -Test 0.2");
        Assert.That(result.SingleErrorId(), Is.EqualTo("InvalidSplit"));
        Assert.That(result.Errors[0].Exception.Message, Does.Contain("sum to 1").And.Contain("1.1"));
    }

    [Test]
    public void InvokeTraining_OnADataset_SplitsItAndLearns()
    {
        dynamic run = Host.Run("$small | Invoke-Training -Hidden 32 -Epochs 3").Single<PSObject>();
        Assert.That(run.Epochs, Is.EqualTo(3));
        Assert.That(run.History.Count, Is.EqualTo(3));
        Assert.That(run.Split.Train.Count, Is.EqualTo(1600));
        Assert.That(run.ValidAccuracy, Is.GreaterThan(0.9));
        Assert.That(run.Stopped.ToString(), Is.EqualTo("Completed"));
    }

    [Test]
    public void InvokeTraining_WithModelAndSplit_MeasureMatchesTheRun()
    {
        var results = Host.Run("""
            $split = $small | Split-FashionData -Seed 100
            $mlp = New-Mlp -Hidden 16 -Seed 1
            $run = $split | Invoke-Training -Model $mlp -Epochs 2 -BatchSize 64 -Optimizer Adam -LearningRate 0.01
            $run
            $run | Measure-Mlp -Set Valid
            $run | Measure-Mlp -Set Test
            """);
        Assert.That(results.Errors, Is.Empty);
        dynamic run = results.Output[0], valid = results.Output[1], test = results.Output[2];
        Assert.That(valid.Accuracy, Is.EqualTo(run.ValidAccuracy));
        Assert.That(valid.Count, Is.EqualTo(200));
        Assert.That(test.Accuracy, Is.InRange(0.0, 1.0));
        Assert.That(test.ConfusionMatrix.Total, Is.EqualTo(200));
        Assert.That(test.PerClass.Length, Is.EqualTo(10));
        Assert.That(((IEnumerable<dynamic>)test.PerClass).Sum(c => (int)c.Support), Is.EqualTo(200));
        Assert.That(run.Architecture, Is.EqualTo("784-16-10"));
    }

    [Test]
    public void MeasureMlp_ModelOnData()
    {
        dynamic evaluation = Host.Run("New-Mlp -Hidden 8 | Measure-Mlp -Data $small").Single<PSObject>();
        Assert.That(evaluation.Count, Is.EqualTo(2000));
        Assert.That(evaluation.Accuracy, Is.InRange(0.0, 1.0));
    }

    [TestCase("-LearningRate 0")]
    [TestCase("-LearningRate NaN")]
    [TestCase("-Hidden 0")]
    [TestCase("-Epochs 0")]
    [TestCase("-BatchSize -1")]
    public void InvokeTraining_BadArgument_IsAValidationError(string arguments)
    {
        Assert.That(Host.Run($"$small | Invoke-Training {arguments}").SingleErrorId(),
            Is.EqualTo("ParameterArgumentValidationError"));
    }

    [Test]
    public void InvokeTraining_Divergence_IsTrainingDiverged()
    {
        var result = Host.Run("$small | Invoke-Training -Hidden 32 -Optimizer Momentum -LearningRate 1000000 -BatchSize 16 -Epochs 5");
        Assert.That(result.SingleErrorId(), Is.EqualTo("TrainingDiverged"));
        Assert.That(result.Errors[0].CategoryInfo.Category, Is.EqualTo(ErrorCategory.InvalidResult));
    }

    [Test]
    public void InvokeTraining_WrongDataType_IsInvalidTrainingData()
    {
        Assert.That(Host.Run("42 | Invoke-Training -Epochs 1").SingleErrorId(), Is.EqualTo("InvalidTrainingData"));
    }

    [Test]
    public void InvokeTraining_Verbose_WritesOneLinePerEpoch()
    {
        using var ps = Host.Create();
        ps.AddScript("$small | Invoke-Training -Hidden 8 -Epochs 3 -Verbose");
        ps.Invoke();
        Assert.That(ps.Streams.Verbose.Count(v => v.Message.StartsWith("Epoch")), Is.EqualTo(3));
        Assert.That(ps.Streams.Progress, Is.Not.Empty);
    }

    [Test]
    public void StoppingThePipeline_KeepsThePartialRunInFashionMnistLastRun()
    {
        Host.SetVariable("FashionMnistLastRun", null);
        using var ps = Host.Create();
        using var firstEpoch = new ManualResetEventSlim();
        ps.Streams.Verbose.DataAdded += (_, _) => firstEpoch.Set();
        ps.AddScript("$small | Invoke-Training -Hidden 64 -Epochs 1000 -BatchSize 16 -Verbose");
        var pending = ps.BeginInvoke();
        Assert.That(firstEpoch.Wait(TimeSpan.FromSeconds(30)), "no epoch finished");
        ps.Stop();
        Assert.That(ps.InvocationStateInfo.State, Is.EqualTo(PSInvocationState.Stopped));

        dynamic run = PSObject.AsPSObject(Host.GetVariable("FashionMnistLastRun")!);
        Assert.That(run.Stopped.ToString(), Is.EqualTo("Cancelled"));
        Assert.That(run.Epochs, Is.InRange(1, 999));
        Assert.That(run.Model.Architecture, Is.EqualTo("784-64-10"));
    }
}
