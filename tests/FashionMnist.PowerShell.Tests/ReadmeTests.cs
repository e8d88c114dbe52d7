using FashionMnist.PowerShell.Tests.Support;

namespace FashionMnist.PowerShell.Tests;

/// <summary>The README's numbers are generated from figs/ by scripts/update-readme.ps1; these tests keep them honest.</summary>
public class ReadmeTests
{
    private static readonly string Script = Path.Combine(ModuleHost.RepoRoot, "scripts", "update-readme.ps1");

    [Test]
    public void Committed_readme_matches_the_committed_run()
    {
        using var host = new ModuleHost(ModuleHost.RepoRoot);
        var result = host.Run($"& '{Script}' -Check");
        Assert.That(result.Errors, Is.Empty, () => string.Join("\n", result.Errors));
    }

    [Test]
    public void Generated_parts_come_from_results_json()
    {
        string root = Path.Combine(Path.GetTempPath(), "readme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "figs"));
        try
        {
            File.WriteAllText(Path.Combine(root, "README.md"),
                "# x\n<!-- BEGIN results -->\nold\n<!-- END results -->\n<!-- BEGIN confusions -->\n<!-- END confusions -->\n");
            var counts = Enumerable.Range(0, 10).Select(a => Enumerable.Range(0, 10).Select(p => a == p ? 90 : a == 6 && p == 0 ? 7 : 0).ToArray()).ToArray();
            File.WriteAllText(Path.Combine(root, "figs", "results.json"), System.Text.Json.JsonSerializer.Serialize(new
            {
                configuration = new { architecture = "784-64-32-10", activation = "ReLU", initScale = 0.01, optimizer = "Sgd", learningRate = 0.2,
                    schedule = "Cosine", batchSize = 128, epochs = 20, split = new { train = 48000, valid = 6000, test = 6000 } },
                seed = 100,
                history = new[] { new { lossTrain = 0.5, lossValid = 0.6 }, new { lossTrain = 0.25, lossValid = 0.3125 } },
                accuracy = new { train = 0.9, valid = 0.875, test = 0.8865 },
                confusionMatrix = new { counts },
                timingsSeconds = new { train = 4.2 },
            }));
            using var host = new ModuleHost(root);
            var result = host.Run($"& '{Script}' -Root '{root}'");
            Assert.That(result.Errors, Is.Empty, () => string.Join("\n", result.Errors));
            string readme = File.ReadAllText(Path.Combine(root, "README.md"));
            Assert.That(readme, Does.Contain("| test | 6000 | **88.65 %** |"));
            Assert.That(readme, Does.Contain("validation 0.3125"));
            Assert.That(readme, Does.Contain("| Shirt | T-shirt/top | 7 | 7.22 % |"));
            Assert.That(readme, Does.Not.Contain("old"));
            Assert.That(host.Run($"& '{Script}' -Root '{root}' -Check").Errors, Is.Empty, "just written, so it matches");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
