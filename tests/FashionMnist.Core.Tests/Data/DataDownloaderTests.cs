using FashionMnist.Data;

namespace FashionMnist.Core.Tests.Data;

public class DataDownloaderTests
{
    /// <summary>This machine has no internet: the download must fail cleanly, naming the URL, and leave nothing behind.
    /// (On a machine with internet it would succeed; then there is nothing to check here.)</summary>
    [Test]
    public void WithoutInternetDownloadFailsWithAClearError()
    {
        using var temp = new TempFolder();
        try
        {
            DataDownloader.Download(FashionSet.Test, temp.Path, TimeSpan.FromSeconds(5));
        }
        catch (FashionDataException e)
        {
            Assert.That(e.Kind, Is.EqualTo(DataErrorKind.DownloadFailed));
            Assert.That(e.Message, Does.Contain(DataDownloader.MirrorUrl).And.Contain("apt-get install dataset-fashion-mnist"));
            Assert.That(Directory.GetFiles(temp.Path), Is.Empty);
            return;
        }
        Assert.Ignore("The mirror answered: this machine has internet access, so the offline failure cannot be checked.");
    }
}
