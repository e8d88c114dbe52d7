using FashionMnist.Persistence;

namespace FashionMnist.Data;

/// <summary>
/// Downloads one official file pair from the upstream mirror. The build's Data task calls it as a
/// last resort; <see cref="FashionData.Load"/> never does. Everything is bounded by one timeout, and a
/// file is checked against <see cref="OfficialFiles"/> under a staging name before it takes its real
/// name, so a failed or damaged download leaves nothing behind.
/// </summary>
public static class DataDownloader
{
    public const string MirrorUrl = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Fetches the images and labels .gz of <paramref name="set"/> into <paramref name="targetDirectory"/>
    /// (files already there and verified are kept) and returns the folder's full path.</summary>
    public static string Download(FashionSet set, string targetDirectory, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetDirectory);
        string directory = Path.GetFullPath(targetDirectory);
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };    // the token bounds it
        foreach (OfficialFile file in new[] { OfficialFiles.Images(set), OfficialFiles.Labels(set) })
        {
            string target = Path.Combine(directory, file.GzName);
            if (IsAlreadyThere(target, file)) continue;
            byte[] bytes = Fetch(client, MirrorUrl + file.GzName, directory, timeout ?? DefaultTimeout, deadline.Token);
            string staging = target + ".download";
            AtomicFile.WriteAllBytes(staging, bytes);
            try
            {
                OfficialFiles.Verify(staging, file);
                File.Move(staging, target, overwrite: true);
            }
            finally
            {
                File.Delete(staging);
            }
        }
        return directory;
    }

    private static bool IsAlreadyThere(string path, OfficialFile file)
    {
        if (!File.Exists(path)) return false;
        try
        {
            OfficialFiles.Verify(path, file);
            return true;
        }
        catch (FashionDataException)
        {
            return false;
        }
    }

    private static byte[] Fetch(HttpClient client, string url, string directory, TimeSpan timeout, CancellationToken token)
    {
        try
        {
            // Blocking on purpose: callers are a build script and cmdlets; ConfigureAwait(false) inside
            // keeps this from deadlocking under a synchronization context.
            return FetchAsync(client, url, token).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            string reason = e is OperationCanceledException ? $"no complete answer within {timeout.TotalSeconds:0.#} s" : e.Message;
            throw new FashionDataException(DataErrorKind.DownloadFailed, url, "", "a download of the official file",
                $"failure: {reason}; without internet access, install the data with `sudo apt-get install dataset-fashion-mnist` or copy the .gz files into {directory}", e);
        }
    }

    private static async Task<byte[]> FetchAsync(HttpClient client, string url, CancellationToken token)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
    }
}
