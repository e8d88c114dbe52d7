using System.Management.Automation;
using FashionMnist.Data;
using FashionMnist.Persistence;
using FashionMnist.Training;

namespace FashionMnist.PowerShell.Infrastructure;

/// <summary>
/// Turns the core's exceptions into ErrorRecords with a specific ErrorId, category and target, so a user
/// (or a script's catch block) can tell a missing file from a corrupt one without reading a stack trace.
/// </summary>
internal static class Errors
{
    public static ErrorRecord Create(Exception exception, string errorId, ErrorCategory category, object? target) =>
        new(exception, errorId, category, target);

    /// <summary>FashionDataException maps by its Kind; the file is the target.</summary>
    public static ErrorRecord FromData(FashionDataException e) => e.Kind switch
    {
        DataErrorKind.NotFound => Create(e, "DataNotFound", ErrorCategory.ObjectNotFound, e.FilePath),
        DataErrorKind.DownloadFailed => Create(e, "DataDownloadFailed", ErrorCategory.ConnectionError, e.FilePath),
        _ => Create(e, "InvalidDataFile", ErrorCategory.InvalidData, e.FilePath),
    };

    public static ErrorRecord FromModelFile(ModelFormatException e) =>
        Create(e, "ModelFileInvalid", ErrorCategory.InvalidData, e.FilePath);

    public static ErrorRecord FromDivergence(TrainingDivergedException e, double learningRate) =>
        Create(e, "TrainingDiverged", ErrorCategory.InvalidResult, learningRate);

    /// <summary>A value the core rejected (it says which setting, what it expected and what it got).</summary>
    public static ErrorRecord InvalidArgument(string errorId, string message, object? target, Exception? inner = null) =>
        Create(new ArgumentException(message, inner), errorId, ErrorCategory.InvalidArgument, target);

    /// <summary>The core's message for a rejected value, without the " (Parameter 'x')" and "Actual value was"
    /// lines .NET appends, which repeat what the message already says.</summary>
    public static ErrorRecord InvalidArgument(string errorId, ArgumentException e, object? target)
    {
        string message = e.Message;
        int suffix = e.ParamName is null ? -1 : message.IndexOf($" (Parameter '{e.ParamName}')", StringComparison.Ordinal);
        return InvalidArgument(errorId, suffix >= 0 ? message[..suffix] : message, target, e);
    }

    public static ErrorRecord FileNotFound(string errorId, string path, string what) =>
        Create(new FileNotFoundException($"{path}: expected {what}, found no such file.", path),
            errorId, ErrorCategory.ObjectNotFound, path);

    public static ErrorRecord FileWriteFailed(Exception e, string path) =>
        Create(new IOException($"Could not write {path}: {e.Message}", e), "FileWriteFailed", ErrorCategory.WriteError, path);
}
