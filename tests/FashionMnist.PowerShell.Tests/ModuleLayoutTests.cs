using System.Management.Automation;
using FashionMnist.PowerShell.Tests.Support;

namespace FashionMnist.PowerShell.Tests;

public sealed class ModuleLayoutTests : ModuleFixture
{
    private static readonly string[] Cmdlets =
    [
        "Import-FashionData", "Split-FashionData", "New-Mlp", "Invoke-Training", "Measure-Mlp", "Export-LossPlot",
        "Export-ConfusionMatrix", "Export-ErrorGrid", "Export-SampleGrid", "Export-PixelValues", "Export-Mlp",
        "Import-Mlp", "Export-FashionCsv",
    ];

    [Test]
    public void TheManifestExportsExactlyTheContractCmdlets()
    {
        var names = Host.Run("(Get-Module FashionMnist).ExportedCmdlets.Keys").Output.Select(o => (string)o.BaseObject);
        Assert.That(names, Is.EquivalentTo(Cmdlets));
    }

    [TestCaseSource(nameof(Cmdlets))]
    public void GetHelpFull_HasSynopsisDescriptionEveryParameterAndAnExample(string cmdlet)
    {
        dynamic help = Host.Run($"Get-Help {cmdlet} -Full").Single<PSObject>();
        Assert.That(((string)help.Synopsis).Trim(), Does.Not.StartWith(cmdlet), "synopsis is only the syntax: no help file found");
        Assert.That((string)help.description[0].Text, Is.Not.Empty);
        Assert.That(help.examples.example, Is.Not.Null);
        var documented = Host.Run($"(Get-Help {cmdlet} -Full).parameters.parameter | Where-Object {{ $_.description }} | ForEach-Object name")
            .Output.Select(o => (string)o.BaseObject).ToList();
        var declared = Host.Run($"(Get-Command {cmdlet}).Parameters.Keys | Where-Object {{ $_ -notin [System.Management.Automation.Cmdlet]::CommonParameters }}")
            .Output.Select(o => (string)o.BaseObject);
        Assert.That(documented, Is.SupersetOf(declared));
    }

    [Test]
    public void EnumParameters_TabComplete()
    {
        var completions = Host.Run("(TabExpansion2 'Invoke-Training -Optimizer A' 28).CompletionMatches.CompletionText")
            .Output.Select(o => (string)o.BaseObject);
        Assert.That(completions, Is.EquivalentTo(new[] { "Adam", "AdamW" }));
    }
}
