namespace FashionMnist.Plots.Tests;

public class ImageGridFigureTests
{
    [Test]
    public void ErrorGridRefusesACorrectlyClassifiedImage()
    {
        var data = Synthetic.Dataset();
        using var folder = new TempFolder();
        // Image 3 has label 3; predicting 3 is right, so it does not belong in an error grid.
        var ex = Assert.Throws<ArgumentException>(() =>
            ImageGridFigure.SaveErrors(data, [1, 3], [2, 3], 1, 2, folder.File("errors.png")));
        Assert.That(ex!.Message, Does.Contain("Image 3").And.Contain("correctly"));
        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.Empty, "nothing is written for refused input");
    }

    [Test]
    public void ErrorGridNeedsOnePredictionPerImage() =>
        Assert.That(() => ImageGridFigure.RenderErrors(Synthetic.Dataset(), [1, 2], [3], 1, 2),
            Throws.ArgumentException.With.Message.Contains("2 images but 1 predictions"));

    [Test]
    public void ErrorGridRefusesAPredictionThatIsNoClass() =>
        Assert.That(() => ImageGridFigure.RenderErrors(Synthetic.Dataset(), [1], [10], 1, 1),
            Throws.ArgumentException.With.Message.Contains("not a class"));

    [Test]
    public void GridRefusesMoreImagesThanCells() =>
        Assert.That(() => ImageGridFigure.RenderSamples(Synthetic.Dataset(), Enumerable.Range(0, 11).ToList(), 2, 5),
            Throws.ArgumentException.With.Message.Contains("2×5"));

    [Test]
    public void GridRefusesAnIndexOutsideTheDataset() =>
        Assert.That(() => ImageGridFigure.RenderSamples(Synthetic.Dataset(), [Synthetic.Images], 1, 1),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
}
