using System.Management.Automation;
using FashionMnist.PowerShell.Tests.Support;

namespace FashionMnist.PowerShell.Tests;

public sealed class ExportCmdletTests : ModuleFixture
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [OneTimeSetUp]
    public void TrainOnce() =>
        Assert.That(Host.Run("$global:run = $small | Invoke-Training -Hidden 16 -Epochs 2").Errors, Is.Empty);

    private void AssertPng(string path)
    {
        Assert.That(File.Exists(path), $"{path} was not written");
        Assert.That(File.ReadAllBytes(path).Take(8), Is.EqualTo(PngSignature), $"{path} is not a PNG");
    }

    [TestCase("$small | Export-PixelValues", "fig_fm_imagen_0_con_valores.png")]
    [TestCase("$small | Export-SampleGrid", "fig_fm_10_ejemplos.png")]
    [TestCase("$run | Export-LossPlot", "fig_fm_loss_train_val.png")]
    [TestCase("$run | Export-ConfusionMatrix", "fig_fm_confusion_matrix.png")]
    [TestCase("$run | Export-ErrorGrid", "fig_fm_errores_grid.png")]
    public void Exports_WriteThePngUnderFigsWithTheChallengeName(string pipeline, string name)
    {
        var result = Host.Run($"Set-Location (New-Item -ItemType Directory -Force default-{name}); {pipeline}; Set-Location ..");
        Assert.That(result.Errors, Is.Empty, () => string.Join("\n", result.Errors));
        AssertPng(InWorkDir($"default-{name}", "figs", name));
    }

    [TestCase("$run | Export-LossPlot -Path html/loss.html")]
    [TestCase("$run | Measure-Mlp -Set Valid | Export-ConfusionMatrix -Path html/confusion.html")]
    public void Exports_WriteInteractiveHtmlForAnHtmlPath(string pipeline)
    {
        var result = Host.Run(pipeline + " -PassThru");
        var file = (FileInfo)result.Output.Single().BaseObject;
        Assert.That(File.ReadAllText(file.FullName), Does.Contain("<html").IgnoreCase.And.Contain("Plotly"));
    }

    [Test]
    public void TheDesignCardPipeline_TrainsAndPlotsTheLoss()
    {
        var result = Host.Run("Invoke-Training -Hidden 128,64 -Data $small -Epochs 2 | Export-LossPlot -Path card/loss.png");
        Assert.That(result.Errors, Is.Empty);
        AssertPng(InWorkDir("card", "loss.png"));
    }

    [Test]
    public void PassThru_OutputsTheFileWritten()
    {
        var file = (FileInfo)Host.Run("$run | Export-ErrorGrid -Path grids/errors.png -Rows 2 -Columns 3 -PassThru").Output.Single().BaseObject;
        Assert.That(file.FullName, Is.EqualTo(InWorkDir("grids", "errors.png")));
        AssertPng(file.FullName);
    }

    [TestCase("$run | Export-LossPlot -Path whatif/a.png -WhatIf")]
    [TestCase("$small | Export-SampleGrid -LiteralPath whatif/b.png -WhatIf")]
    [TestCase("$run | Export-Mlp -Path whatif/m.fmlp -WhatIf")]
    public void WhatIf_WritesNothing(string pipeline)
    {
        Assert.That(Host.Run(pipeline).Errors, Is.Empty);
        Assert.That(Directory.Exists(InWorkDir("whatif")), Is.False);
    }

    [Test]
    public void Force_OverwritesAReadOnlyFile()
    {
        string path = InWorkDir("readonly.png");
        File.WriteAllText(path, "old");
        File.SetAttributes(path, FileAttributes.ReadOnly);
        Assert.That(Host.Run("$run | Export-LossPlot -Path readonly.png -Force").Errors, Is.Empty);
        AssertPng(path);
    }

    [Test]
    public void PathAndLiteralPathTogether_IsAnError()
    {
        Assert.That(Host.Run("$run | Export-LossPlot -Path a.png -LiteralPath b.png").SingleErrorId(), Is.EqualTo("PathAndLiteralPath"));
    }

    [Test]
    public void ExportSampleGrid_IndexOutsideTheData_IsInvalidImageIndex()
    {
        var result = Host.Run("$small | Export-SampleGrid -Index 1,5000 -Path bad.png");
        Assert.That(result.SingleErrorId(), Is.EqualTo("InvalidImageIndex"));
        Assert.That(result.Errors[0].CategoryInfo.Category, Is.EqualTo(ErrorCategory.InvalidArgument));
        Assert.That(File.Exists(InWorkDir("bad.png")), Is.False);
    }

    [Test]
    public void ExportMlp_FromARun_KeepsItsTrainingOptions()
    {
        Host.Run("$run | Export-Mlp -Path run.fmlp");
        var saved = FashionMnist.Persistence.ModelFile.Load(InWorkDir("run.fmlp"));
        Assert.That(saved.Header.Training?.Epochs, Is.EqualTo(2));
        Assert.That(saved.Model.Architecture, Is.EqualTo("784-16-10"));
    }
}
