using FashionMnist.Data;
using FashionMnist.Training;

namespace FashionMnist.Core.Tests.Training;

public class ScheduleAndAugmentationTests
{
    [Test]
    public void Step_schedule_divides_every_step()
    {
        var o = new TrainingOptions { LearningRate = 0.1, Schedule = LearningRateSchedule.Step, StepEpochs = 5, StepGamma = 0.5 };
        Assert.That(new[] { 1, 5, 6, 10, 11 }.Select(o.LearningRateAt), Is.EqualTo(new[] { 0.1, 0.1, 0.05, 0.05, 0.025 }).Within(1e-15));
    }

    [Test]
    public void Cosine_schedule_starts_at_the_rate_and_halves_midway()
    {
        var o = new TrainingOptions { LearningRate = 0.2, Epochs = 10, Schedule = LearningRateSchedule.Cosine };
        Assert.That(o.LearningRateAt(1), Is.EqualTo(0.2).Within(1e-15));
        Assert.That(o.LearningRateAt(6), Is.EqualTo(0.1).Within(1e-12));
        Assert.That(o.LearningRateAt(10), Is.LessThan(0.01));
    }

    [Test]
    public void Constant_schedule_is_constant()
    {
        var o = new TrainingOptions { LearningRate = 0.3, Schedule = LearningRateSchedule.Constant };
        Assert.That(Enumerable.Range(1, 20).Select(o.LearningRateAt), Has.All.EqualTo(0.3));
    }

    [Test]
    public void Shift_moves_pixels_and_fills_with_background()
    {
        var image = new byte[FashionDataset.Pixels];
        image[5 * 28 + 7] = 200;
        var output = new byte[FashionDataset.Pixels];
        Augmentation.Transform(image, output, dx: 2, dy: -1, mirror: false);
        Assert.That(output[4 * 28 + 9], Is.EqualTo(200));
        Assert.That(output.Count(b => b != 0), Is.EqualTo(1));
    }

    [Test]
    public void Flip_mirrors_columns()
    {
        var image = new byte[FashionDataset.Pixels];
        image[3 * 28 + 0] = 9;
        var output = new byte[FashionDataset.Pixels];
        Augmentation.Transform(image, output, 0, 0, mirror: true);
        Assert.That(output[3 * 28 + 27], Is.EqualTo(9));
    }
}
