using System.Text.Json;
using FashionMnist.Data;
using FashionMnist.PowerShell.Tests.Support;

namespace FashionMnist.PowerShell.Tests;

/// <summary>scripts/experiments.ps1 on a tiny declared set (3 rows of 2 epochs) over the small learnable data:
/// result files, report, resuming, and the same numbers in the batch as alone.</summary>
public sealed class ExperimentsTests : ModuleFixture
{
    private const string Set = """
        @{ Experiments = @(
            @{ Name = 't-relu'; Group = 'g'; Hidden = 16; Epochs = 2 }
            @{ Name = 't-adam'; Group = 'g'; Hidden = 16; Epochs = 2; Activation = 'Tanh'; Optimizer = 'Adam'; LearningRate = 0.01 }
            @{ Name = 't-official'; Group = 'official data'; Data = 'Official'; Hidden = 32, 16; Init = 'He'; Epochs = 2; Patience = 1 }
        ) }
        """;

    private static readonly string[] Names = ["t-relu", "t-adam", "t-official"];
    private static string Script => Path.Combine(ModuleHost.RepoRoot, "scripts", "experiments.ps1");

    private string _out = null!;
    private List<dynamic> _firstRun = null!;

    [OneTimeSetUp]
    public void RunTheBatch()
    {
        // Official rows test on the t10k files of the same folder: other images than the training ones.
        IdxWriter.Write(SmallData.Create(500, seed: 11), InWorkDir("small-idx", "t10k-images-idx3-ubyte.gz"), InWorkDir("small-idx", "t10k-labels-idx1-ubyte.gz"));
        File.WriteAllText(InWorkDir("set.psd1"), Set);
        _out = InWorkDir("out");
        _firstRun = RunExperiments(InWorkDir("set.psd1"), _out);
    }

    private List<dynamic> RunExperiments(string set, string outDir, string extra = "")
    {
        var result = Host.Run($"& '{Script}' -Path '{set}' -OutDir '{outDir}' -DataPath '{InWorkDir("small-idx")}' -PassThru {extra}");
        Assert.That(result.Errors, Is.Empty, () => string.Join("\n", result.Errors));
        return result.Output.Select(o => (dynamic)o).ToList();
    }

    private static JsonElement ReadResult(string outDir, string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "runs", name + ".json"))).RootElement;

    [Test]
    public void Batch_WritesOneResultFilePerConfiguration_AndTheReport()
    {
        Assert.That(_firstRun.Select(r => (string)r.Status), Is.All.EqualTo("Trained"));
        foreach (string name in Names)
        {
            var result = ReadResult(_out, name);
            Assert.That(result.GetProperty("epochsRun").GetInt32(), Is.InRange(1, 2), name);
            Assert.That(result.GetProperty("history").GetArrayLength(), Is.EqualTo(result.GetProperty("epochsRun").GetInt32()), name);
            Assert.That(result.GetProperty("bestEpoch").GetInt32(), Is.InRange(1, 2), name);
            foreach (string part in new[] { "train", "valid", "test" })
            {
                Assert.That(result.GetProperty("accuracy").GetProperty(part).GetDouble(), Is.InRange(0.5, 1.0), $"{name} {part}");
                Assert.That(result.GetProperty("loss").GetProperty(part).GetDouble(), Is.InRange(0.0, 2.3), $"{name} {part}");
            }
            Assert.That(result.GetProperty("seconds").GetDouble(), Is.GreaterThan(0));
            Assert.That(result.GetProperty("options").GetProperty("threads").GetInt32(), Is.EqualTo(1));
        }
        // Challenge rows: 80/10/10 of the 2,000 images; Official: 90/10 of them, tested on the 500 t10k images.
        var official = ReadResult(_out, "t-official").GetProperty("source").GetProperty("split");
        Assert.That((official.GetProperty("train").GetInt32(), official.GetProperty("valid").GetInt32(), official.GetProperty("test").GetInt32()), Is.EqualTo((1800, 200, 500)));
        var challenge = ReadResult(_out, "t-relu").GetProperty("source").GetProperty("split");
        Assert.That((challenge.GetProperty("train").GetInt32(), challenge.GetProperty("test").GetInt32()), Is.EqualTo((1600, 200)));

        string[] csv = File.ReadAllLines(Path.Combine(_out, "results.csv"));
        Assert.That(csv, Has.Length.EqualTo(1 + Names.Length));
        Assert.That(csv[0], Does.StartWith("\"Name\",\"Group\",\"Data\""));
        string[] table = File.ReadAllLines(Path.Combine(_out, "results.md")).Where(l => l.StartsWith("| t-")).ToArray();
        Assert.That(table.Select(l => l.Split('|')[1].Trim()), Is.EqualTo(Names));
        Assert.That(table[2], Does.Contain("| Official |").And.Contain("32/16 ReLU, He").And.Contain("patience 1"));
        foreach (string png in new[] { "g-valid-loss.png", "official-data-valid-loss.png", "test-accuracy.png" })
            Assert.That(new FileInfo(Path.Combine(_out, png)).Length, Is.GreaterThan(5000), png);
    }

    [Test]
    public void RunningAgain_SkipsEveryFinishedConfiguration()
    {
        var stamps = Names.ToDictionary(n => n, n => File.GetLastWriteTimeUtc(Path.Combine(_out, "runs", n + ".json")));
        var again = RunExperiments(InWorkDir("set.psd1"), _out);
        Assert.That(again.Select(r => (string)r.Status), Is.EqualTo(new[] { "Skipped", "Skipped", "Skipped" }));
        foreach (string name in Names)
            Assert.That(File.GetLastWriteTimeUtc(Path.Combine(_out, "runs", name + ".json")), Is.EqualTo(stamps[name]), name);
    }

    [Test]
    public void AChangedRow_Reruns_TheOthersAreSkipped()
    {
        string outDir = InWorkDir("out-changed");
        CopyFolder(_out, outDir);
        File.WriteAllText(InWorkDir("set-changed.psd1"), Set.Replace("Name = 't-relu'; Group = 'g'; Hidden = 16; Epochs = 2", "Name = 't-relu'; Group = 'g'; Hidden = 16; Epochs = 1"));
        var rerun = RunExperiments(InWorkDir("set-changed.psd1"), outDir);
        Assert.That(rerun.ToDictionary(r => (string)r.Name, r => (string)r.Status),
            Is.EqualTo(new Dictionary<string, string> { ["t-relu"] = "Trained", ["t-adam"] = "Skipped", ["t-official"] = "Skipped" }));
        Assert.That(ReadResult(outDir, "t-relu").GetProperty("epochsRun").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void AConfigurationAlone_GivesTheSameNumbersAsInTheBatch()
    {
        string alone = InWorkDir("out-alone");
        var run = RunExperiments(InWorkDir("set.psd1"), alone, "-Name t-adam -ThrottleLimit 1");
        Assert.That(run.Select(r => (string)r.Status), Is.EqualTo(new[] { "Trained" }));
        JsonElement inBatch = ReadResult(_out, "t-adam"), byItself = ReadResult(alone, "t-adam");
        foreach (string block in new[] { "accuracy", "loss" })
            Assert.That(byItself.GetProperty(block).ToString(), Is.EqualTo(inBatch.GetProperty(block).ToString()), block);
        string Losses(JsonElement r) => string.Join(";", r.GetProperty("history").EnumerateArray().Select(e => $"{e.GetProperty("lossTrain")}/{e.GetProperty("lossValid")}/{e.GetProperty("accuracyValid")}"));
        Assert.That(Losses(byItself), Is.EqualTo(Losses(inBatch)));

        // And the same as Invoke-Training called directly with that row's parameters (all threads).
        var direct = Host.Run($"""
            $split = Import-FashionData -Path '{InWorkDir("small-idx")}' | Split-FashionData -Train 0.8 -Valid 0.1 -Test 0.1 -Seed 100
            $split | Invoke-Training -Hidden 16 -Epochs 2 -Activation Tanh -Optimizer Adam -LearningRate 0.01 | Measure-Mlp -Set Test
            """);
        dynamic measured = direct.Single<System.Management.Automation.PSObject>();
        Assert.That((double)measured.Accuracy, Is.EqualTo(inBatch.GetProperty("accuracy").GetProperty("test").GetDouble()));
        Assert.That((double)measured.Loss, Is.EqualTo(inBatch.GetProperty("loss").GetProperty("test").GetDouble()));
    }

    [Test]
    public void AnUnknownColumn_IsAnErrorNamingTheRow()
    {
        File.WriteAllText(InWorkDir("set-bad.psd1"), "@{ Experiments = @( @{ Name = 'x'; Group = 'g' }, @{ Name = 'y'; Group = 'g'; LearnRate = 0.1 } ) }");
        var result = Host.Run($"& '{Script}' -Path '{InWorkDir("set-bad.psd1")}' -OutDir '{InWorkDir("out-bad")}' -DataPath '{InWorkDir("small-idx")}'");
        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.That(result.Errors[0].ToString(), Does.Contain("row 2").And.Contain("LearnRate"));
        Assert.That(Directory.Exists(InWorkDir("out-bad")), Is.False);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }
    }
}
