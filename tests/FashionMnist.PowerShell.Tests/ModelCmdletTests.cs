using FashionMnist.Model;
using FashionMnist.PowerShell.Tests.Support;

namespace FashionMnist.PowerShell.Tests;

public sealed class ModelCmdletTests : ModuleFixture
{
    [Test]
    public void NewMlp_GivesTheChallengeParameterCountsPerLayer()
    {
        var mlp = Host.Run("New-Mlp -Hidden 64,32 -Activation ReLU -InitScale 0.01 -Seed 100").Single<Mlp>();
        Assert.That(mlp.Layers.Select(l => l.ParameterCount), Is.EqualTo(new[] { 50240, 2080, 330 }));
        Assert.That(mlp.Architecture, Is.EqualTo("784-64-32-10"));
    }

    [Test]
    public void NewMlp_SameSeed_SameWeights()
    {
        var a = Host.Run("New-Mlp -Hidden 16 -Seed 5").Single<Mlp>();
        var b = Host.Run("New-Mlp -Hidden 16 -Seed 5").Single<Mlp>();
        Assert.That(a.Layers[0].Weights, Is.EqualTo(b.Layers[0].Weights));
    }

    [Test]
    public void NewMlp_DefaultViewShowsEachLayer()
    {
        string text = string.Join("\n", Host.Run("New-Mlp | Out-String -Width 120").Output);
        Assert.That(text, Does.Contain("50240").And.Contain("2080").And.Contain("330").And.Contain("784-64-32-10"));
    }

    [TestCase("-Hidden 0")]
    [TestCase("-Hidden 64,-3")]
    [TestCase("-InitScale 0")]
    public void NewMlp_BadArgument_IsAValidationError(string arguments)
    {
        Assert.That(Host.Run($"New-Mlp {arguments}").SingleErrorId(), Is.EqualTo("ParameterArgumentValidationError"));
    }

    [Test]
    public void ExportThenImportMlp_RoundTripsTheWeights()
    {
        string path = InWorkDir("models", "m.fmlp");
        Host.Run("New-Mlp -Hidden 8 -Seed 3 | Export-Mlp -Path models/m.fmlp");
        Assert.That(File.Exists(path));
        var original = Host.Run("New-Mlp -Hidden 8 -Seed 3").Single<Mlp>();
        var loaded = Host.Run("Import-Mlp -Path models/m.fmlp").Single<Mlp>();
        Assert.That(loaded.Architecture, Is.EqualTo("784-8-10"));
        Assert.That(loaded.Layers[0].Weights, Is.EqualTo(original.Layers[0].Weights));
    }

    [Test]
    public void ImportMlp_CorruptFile_IsModelFileInvalid()
    {
        Host.Run("New-Mlp -Hidden 8 | Export-Mlp -Path corrupt.fmlp");
        string path = InWorkDir("corrupt.fmlp");
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var result = Host.Run("Import-Mlp corrupt.fmlp");
        Assert.That(result.SingleErrorId(), Is.EqualTo("ModelFileInvalid"));
        Assert.That(result.Errors[0].TargetObject, Is.EqualTo(path));
        Assert.That(result.Errors[0].CategoryInfo.Category, Is.EqualTo(System.Management.Automation.ErrorCategory.InvalidData));
    }

    [Test]
    public void ImportMlp_MissingFile_IsModelFileNotFound()
    {
        Assert.That(Host.Run("Import-Mlp nowhere.fmlp").SingleErrorId(), Is.EqualTo("ModelFileNotFound"));
    }
}
