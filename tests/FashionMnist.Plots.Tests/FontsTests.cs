namespace FashionMnist.Plots.Tests;

public class FontsTests
{
    [Test]
    public void AnEmptyFontFolderIsAClearError()
    {
        using var folder = new TempFolder();
        var ex = Assert.Throws<InvalidOperationException>(() => Fonts.Find([folder.Path]));
        Assert.That(ex!.Message, Does.Contain("No font found").And.Contain("fonts-dejavu-core").And.Contain(folder.Path));
    }

    [Test]
    public void AFontFileThatIsNoFontIsSkipped()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("DejaVuSans.ttf"), "not a font");
        Assert.That(() => Fonts.Find([folder.Path]), Throws.InvalidOperationException);
    }

    [Test]
    public void TheSystemFontIsFoundAndNamed()
    {
        FigureFont font = Fonts.Default;
        Assert.That(font.Family, Is.Not.Empty);
        Assert.That(File.Exists(font.RegularPath), Is.True);
    }
}
