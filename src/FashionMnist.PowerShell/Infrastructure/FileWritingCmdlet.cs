using System.Management.Automation;

namespace FashionMnist.PowerShell.Infrastructure;

/// <summary>
/// What every Export-* cmdlet shares, in the manner of Export-Csv: -Path or -LiteralPath resolved against the
/// PowerShell location (not the process directory), a default file name under figs/, -WhatIf/-Confirm,
/// -NoClobber, -Force (overwrite a read-only file) and -PassThru (the FileInfo written). The writers
/// themselves (core and plots) write atomically and create the parent folder.
/// </summary>
public abstract class FileWritingCmdlet : PSCmdlet
{
    /// <summary>Output file; relative paths are taken from the current PowerShell location.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Output file, used exactly as typed (no wildcard characters interpreted).</summary>
    [Parameter]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string? LiteralPath { get; set; }

    [Parameter]
    public SwitchParameter Force { get; set; }

    [Parameter]
    [Alias("NoOverwrite")]
    public SwitchParameter NoClobber { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Path relative to the current location used when neither -Path nor -LiteralPath is given.</summary>
    protected abstract string DefaultPath { get; }

    /// <summary>What is written, for the -WhatIf/-Confirm message ("loss plot", "model"…).</summary>
    protected abstract string WhatIsWritten { get; }

    /// <summary>Figures whose path ends in .html are written as interactive charts.</summary>
    protected static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    protected override void BeginProcessing()
    {
        if (Path is not null && LiteralPath is not null)
            ThrowTerminatingError(Errors.InvalidArgument("PathAndLiteralPath",
                "Give -Path or -LiteralPath, not both.", LiteralPath));
    }

    /// <summary>The full file-system path the cmdlet writes to.</summary>
    protected string ResolveTarget()
    {
        string requested = LiteralPath ?? Path ?? DefaultPath;
        return SessionState.Path.GetUnresolvedProviderPathFromPSPath(requested);
    }

    /// <summary>
    /// Checks -NoClobber and -WhatIf/-Confirm, then runs <paramref name="write"/> on the resolved path.
    /// A failed write is a non-terminating error so the rest of the pipeline input still gets written.
    /// </summary>
    protected void WriteFile(Action<string> write)
    {
        string target = ResolveTarget();
        if (File.Exists(target))
        {
            if (NoClobber)
            {
                WriteError(Errors.Create(new IOException($"{target} exists and -NoClobber was given: expected a new file, found an existing one."),
                    "FileExists", ErrorCategory.ResourceExists, target));
                return;
            }
            if (!ShouldProcess(target, $"Overwrite {WhatIsWritten}")) return;
            if (Force) File.SetAttributes(target, File.GetAttributes(target) & ~FileAttributes.ReadOnly);
        }
        else if (!ShouldProcess(target, $"Write {WhatIsWritten}"))
        {
            return;
        }

        try
        {
            write(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WriteError(Errors.FileWriteFailed(e, target));
            return;
        }
        catch (ArgumentException e)
        {
            // The figure code rejects what it cannot draw (an empty history, a grid too small for the images).
            WriteError(Errors.InvalidArgument("InvalidFigureInput", e, target));
            return;
        }
        catch (InvalidOperationException e)
        {
            // The figures refuse to render without a font rather than draw no text.
            WriteError(Errors.Create(e, "FigureFailed", ErrorCategory.ResourceUnavailable, target));
            return;
        }
        WriteVerbose($"Wrote {WhatIsWritten} to {target}.");
        // Through the provider, so the FileInfo carries the PSPath/Mode/Length members Get-Item shows.
        if (PassThru) WriteObject(InvokeProvider.Item.Get([target], force: true, literalPath: true), enumerateCollection: true);
    }
}
