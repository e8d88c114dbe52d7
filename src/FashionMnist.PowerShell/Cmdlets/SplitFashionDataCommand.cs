using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.PowerShell.Infrastructure;

namespace FashionMnist.PowerShell.Cmdlets;

/// <summary>Split-FashionData: one seeded shuffle, then train/valid/test parts (the challenge's step 2c).</summary>
[Cmdlet(VerbsCommon.Split, "FashionData")]
[OutputType(typeof(DatasetSplit))]
public sealed class SplitFashionDataCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public FashionDataset Data { get; set; } = null!;

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double Train { get; set; } = 0.8;

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double Valid { get; set; } = 0.1;

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double Test { get; set; } = 0.1;

    [Parameter]
    public int Seed { get; set; } = DataSplitter.DefaultSeed;

    protected override void BeginProcessing()
    {
        try
        {
            DataSplitter.ValidateFractions(Train, Valid, Test);
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(Errors.InvalidArgument("InvalidSplit", e, Train + Valid + Test));
        }
    }

    protected override void ProcessRecord() => WriteObject(DataSplitter.Split(Data, Train, Valid, Test, Seed));
}
