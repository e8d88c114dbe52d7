using System.Management.Automation;
using FashionMnist.Model;

namespace FashionMnist.PowerShell.Infrastructure;

/// <summary>Mlp.Create with the core's argument errors turned into InvalidArgument records (New-Mlp and Invoke-Training).</summary>
internal static class ModelFactory
{
    public static Mlp Create(PSCmdlet cmdlet, int[] hidden, Activation activation, WeightInit init, double scale, int seed)
    {
        try
        {
            return Mlp.Create(hidden, activation, init, scale, seed);
        }
        catch (ArgumentException e)
        {
            cmdlet.ThrowTerminatingError(Errors.InvalidArgument("InvalidModel", e, hidden));
            throw;
        }
    }
}
