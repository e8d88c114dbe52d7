using System.Management.Automation;
using FashionMnist.Model;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>New-Mlp: a freshly initialised 784 → hidden… → 10 network (the challenge's init_params).</summary>
[Cmdlet(VerbsCommon.New, "Mlp")]
[OutputType(typeof(Mlp))]
public sealed class NewMlpCommand : PSCmdlet
{
    /// <summary>Widths of the hidden layers, input side first.</summary>
    [Parameter(Position = 0)]
    [ValidateCount(1, 16)]
    [ValidateRange(1, 65536)]
    public int[] Hidden { get; set; } = [.. Mlp.DefaultHidden];

    [Parameter]
    public Activation Activation { get; set; } = Activation.ReLU;

    [Parameter]
    public WeightInit Init { get; set; } = WeightInit.Normal;

    /// <summary>Standard deviation of the Normal initialisation (the challenge's 0.01).</summary>
    [Parameter]
    [ValidateRange(1e-9, 10.0)]
    public double InitScale { get; set; } = 0.01;

    [Parameter]
    public int Seed { get; set; } = 100;

    protected override void EndProcessing() => WriteObject(ModelFactory.Create(this, Hidden, Activation, Init, InitScale, Seed));
}
