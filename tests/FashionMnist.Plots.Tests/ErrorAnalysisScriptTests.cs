using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FashionMnist.Data;
using FashionMnist.Evaluation;
using FashionMnist.Model;
using FashionMnist.Persistence;
using FashionMnist.Training;

namespace FashionMnist.Plots.Tests;

/// <summary>
/// Runs scripts/analyze-errors.fsx with <c>dotnet fsi</c> as a user would, on a small model trained here, so the
/// script cannot silently rot when the core or the plots change. It uses the module build
/// (modules/FashionMnist/lib), which <c>./build.ps1 Build</c> lays out.
/// </summary>
[NonParallelizable]
public class ErrorAnalysisScriptTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Test]
    public void PrintsTheTablesAndWritesAnOfflinePageWithTheF1Scores()
    {
        using var folder = new TempFolder();
        var data = LearnableDataset();
        // The IDX names let --data find the labels file beside the images file.
        string images = folder.File("synthetic-images-idx3-ubyte.gz");
        IdxWriter.Write(data, images, folder.File("synthetic-labels-idx1-ubyte.gz"));
        var options = new TrainingOptions { Epochs = 2, BatchSize = 20, Threads = 1 };
        var run = new Trainer(options).Train(Mlp.Create(hidden: [16], init: WeightInit.He), data, null);
        string model = folder.File("m.fmlp");
        ModelFile.Save(run.Model, model, options);
        string html = folder.File("a.html");

        var result = RunScript("--model", model, "--data", images, "--out", html);
        TestContext.Out.WriteLine(result.Stdout);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        foreach (string name in ClassNames.All) Assert.That(result.Stdout, Does.Contain(name), result.ToString());
        Assert.That(result.Stdout, Does.Contain("Precision").And.Contain("Recall").And.Contain("F1").And.Contain("Support"));
        Assert.That(result.Stdout, Does.Contain("Most-confused pairs"));
        Assert.That(result.Stdout, Does.Contain("Most confident mistakes"));

        Assert.That(File.Exists(html), Is.True, "the HTML page was not written");
        string page = File.ReadAllText(html);
        Assert.That(page, Does.Contain("plotly.js v" + OfflineHtml.PlotlyJsVersion), "plotly.js must be inlined");
        Assert.That(Regex.IsMatch(page, @"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase), Is.False,
            "no script may be loaded from a URL (a CDN is a blank page offline)");
        Assert.That(page, Does.Contain("Ankle boot"));

        // The same evaluation in C#: every class's F1 appears on the console and as a bar label in the page.
        var matrix = ModelEvaluation.Of(ModelFile.Load(model).Model, data, "synthetic").Confusion;
        for (int c = 0; c < ClassNames.Count; c++)
        {
            string f1 = matrix.F1(c).ToString("F3", CultureInfo.InvariantCulture);
            Assert.That(page, Does.Contain($"\"{f1}\""), $"F1 of {ClassNames.Of(c)} ({f1}) missing from the page");
            Assert.That(result.Stdout, Does.Match($@"{Regex.Escape(ClassNames.Of(c))}\s+\S+\s+\S+\s+{Regex.Escape(f1)}\s"),
                $"F1 of {ClassNames.Of(c)} ({f1}) missing from the table");
        }
    }

    [Test]
    public void AMissingModelEndsWithAClearErrorAndNoPage()
    {
        using var folder = new TempFolder();
        string html = folder.File("a.html");

        var result = RunScript("--model", folder.File("none.fmlp"), "--out", html);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("no model at").And.Contain("none.fmlp"));
        Assert.That(File.Exists(html), Is.False);
    }

    /// <summary>20 images per class: a bright horizontal band whose row depends on the class, plus seeded noise,
    /// so two epochs learn most of it and the tables have both right and wrong answers.</summary>
    private static FashionDataset LearnableDataset()
    {
        const int perClass = 20;
        var random = new Random(7);
        int count = perClass * ClassNames.Count;
        var pixels = new byte[count * FashionDataset.Pixels];
        var labels = new byte[count];
        for (int i = 0; i < count; i++)
        {
            int label = i % ClassNames.Count;
            labels[i] = (byte)label;
            for (int k = 0; k < FashionDataset.Pixels; k++)
            {
                int row = k / FashionDataset.Width;
                bool band = row / 2 == label + 2;
                pixels[i * FashionDataset.Pixels + k] = (byte)Math.Min(255, (band ? 150 : 0) + random.Next(120));
            }
        }
        return new FashionDataset(pixels, labels, "synthetic");
    }

    private sealed record ScriptResult(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
    }

    private static ScriptResult RunScript(params string[] arguments)
    {
        string root = RepositoryRoot();
        string core = Path.Combine(root, "modules", "FashionMnist", "lib", "FashionMnist.Core.dll");
        if (!File.Exists(core))
            Assert.Fail($"{core} is missing: the script runs on the module build. Run `dotnet pwsh ./build.ps1 Build` first.");

        // dotnet test tells child processes which dotnet runs it; fall back to the one on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in (string[])["fsi", Path.Combine(root, "scripts", "analyze-errors.fsx"), .. arguments])
            start.ArgumentList.Add(a);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // Read both streams while the process runs: a full pipe would otherwise block it forever.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet fsi analyze-errors.fsx did not finish within {Timeout.TotalMinutes} minutes.");
        }
        process.WaitForExit(); // flushes the redirected streams
        return new ScriptResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FashionMnist.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No FashionMnist.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}
