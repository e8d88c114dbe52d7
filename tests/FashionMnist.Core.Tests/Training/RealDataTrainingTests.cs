using FashionMnist.Data;
using FashionMnist.Model;
using FashionMnist.Training;

namespace FashionMnist.Core.Tests.Training;

/// <summary>The challenge network on the real Fashion-MNIST: the end-to-end check that the engine learns.</summary>
public class RealDataTrainingTests
{
    [Test]
    public void Challenge_network_reaches_85_percent_validation_accuracy_in_5_epochs()
    {
        FashionDataset data;
        try
        {
            data = FashionData.Load(set: FashionSet.Train);
        }
        catch (FashionDataException e) when (e.Kind == DataErrorKind.NotFound)
        {
            Assert.Ignore($"The real Fashion-MNIST files are not on this machine (apt-get install dataset-fashion-mnist): {e.Message}");
            return;
        }
        var split = DataSplitter.Split(data, 0.8, 0.1, 0.1, seed: 100);
        var options = new TrainingOptions { Epochs = 5, BatchSize = 128, LearningRate = 0.2, Optimizer = OptimizerKind.Sgd };
        var run = new Trainer(options).Train(Mlp.Create([64, 32], Activation.ReLU, WeightInit.Normal, 0.01, seed: 100), split);

        TestContext.Out.WriteLine(string.Join("\n", run.History));
        Assert.That(run.History, Has.Count.EqualTo(5));
        Assert.That(run.History[^1].ValidAccuracy, Is.GreaterThanOrEqualTo(0.85));
        Assert.That(run.History.Select(h => h.TrainLoss), Is.Ordered.Descending, "the training loss falls every epoch");
    }
}
