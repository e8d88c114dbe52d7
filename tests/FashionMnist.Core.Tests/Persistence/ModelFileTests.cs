using FashionMnist.Model;
using FashionMnist.Persistence;
using FashionMnist.Training;

namespace FashionMnist.Core.Tests.Persistence;

public class ModelFileTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "fmlp-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string SaveSample(out Mlp model)
    {
        model = Mlp.Create([16, 8], Activation.Tanh, seed: 4);
        string path = Path.Combine(_folder, "m.fmlp");
        ModelFile.Save(model, path, new TrainingOptions { Epochs = 7, Optimizer = OptimizerKind.Adam });
        return path;
    }

    [Test]
    public void Round_trip_keeps_architecture_weights_and_settings()
    {
        string path = SaveSample(out var model);
        var saved = ModelFile.Load(path);
        Assert.That(saved.Model.LayerSizes, Is.EqualTo(model.LayerSizes));
        Assert.That(saved.Model.Activation, Is.EqualTo(Activation.Tanh));
        for (int l = 0; l < model.Layers.Count; l++)
        {
            Assert.That(saved.Model.Layers[l].Weights, Is.EqualTo(model.Layers[l].Weights));
            Assert.That(saved.Model.Layers[l].Biases, Is.EqualTo(model.Layers[l].Biases));
        }
        Assert.That(saved.Header.Training!.Epochs, Is.EqualTo(7));
        Assert.That(saved.Header.Training.Optimizer, Is.EqualTo(OptimizerKind.Adam));
        Assert.That(saved.Header.ClassNames[9], Is.EqualTo("Ankle boot"));
        Assert.That(Directory.GetFiles(_folder), Has.Length.EqualTo(1), "no temporary file is left behind");
    }

    [Test]
    public void A_truncated_file_is_a_clear_error()
    {
        string path = SaveSample(out _);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var ex = Assert.Throws<ModelFormatException>(() => ModelFile.Load(path));
        Assert.That(ex!.Message, Does.Contain(path).And.Contain("truncated or corrupt"));
    }

    [Test]
    public void A_flipped_byte_is_caught_by_the_checksum()
    {
        string path = SaveSample(out _);
        var bytes = File.ReadAllBytes(path);
        bytes[^100] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        Assert.Throws<ModelFormatException>(() => ModelFile.Load(path));
    }

    [Test]
    public void Another_kind_of_file_names_what_was_expected()
    {
        string path = Path.Combine(_folder, "notes.fmlp");
        File.WriteAllText(path, "hello, this is not a model at all, just some text that is long enough");
        var ex = Assert.Throws<ModelFormatException>(() => ModelFile.Load(path));
        Assert.That(ex!.Location, Is.EqualTo("byte offset 0"));
        Assert.That(ex.Found, Is.EqualTo("\"hell\""));
    }

    [Test]
    public void A_header_that_disagrees_with_the_weights_is_refused()
    {
        // Same-length edit of the architecture (784-16-8-10 → 784-16-9-10) with a valid checksum: only the
        // size check can notice that the weights belong to another shape.
        string path = SaveSample(out _);
        var bytes = File.ReadAllBytes(path);
        byte[] from = System.Text.Encoding.UTF8.GetBytes("[784,16,8,10]"), to = System.Text.Encoding.UTF8.GetBytes("[784,16,9,10]");
        int at = bytes.AsSpan().IndexOf(from);
        Assert.That(at, Is.GreaterThan(0), "the header holds the layer sizes");
        to.CopyTo(bytes, at);
        System.Security.Cryptography.SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).CopyTo(bytes, bytes.Length - 32);
        File.WriteAllBytes(path, bytes);
        var ex = Assert.Throws<ModelFormatException>(() => ModelFile.Load(path));
        Assert.That(ex!.Expected, Does.Contain("784-16-9-10"));
    }

    [Test]
    public void A_missing_file_names_the_path()
    {
        var ex = Assert.Throws<ModelFormatException>(() => ModelFile.Load(Path.Combine(_folder, "nope.fmlp")));
        Assert.That(ex!.Message, Does.Contain("nope.fmlp").And.Contain("no such file"));
    }
}
