using System.Xml.Linq;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Printing;

namespace Exchange.Hub.Tests.Web.Printing;

/// <summary>Every English text the learner's printout can show has its translation (TranslationFilesSpecs holds the
/// four languages to the same keys), and a composite format keeps its placeholders in each language.</summary>
public sealed class PrintingTranslationSpecs
{
    private static readonly string[] Placeholders = ["{0}", "{1}"];

    [Theory]
    [InlineData("uk")]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("lv")]
    public void Every_text_of_the_credential_printout_is_translated_with_its_placeholders(string language)
    {
        var resx = RepositoryRoot.Combine("src", "Hub", "Web", "Resources", "Web", "Printing", $"CredentialPrintTexts.{language}.resx");
        var translations = XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

        Assert.All(CredentialPrintTexts.All, key =>
        {
            Assert.True(translations.TryGetValue(key, out var text), $"{language} lacks \"{key}\"");
            Assert.All(Placeholders.Where(p => key.Contains(p, StringComparison.Ordinal)),
                p => Assert.Contains(p, text, StringComparison.Ordinal));
        });
    }
}
