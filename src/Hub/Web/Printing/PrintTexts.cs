using Exchange.Contracts.V1;

namespace Exchange.Hub.Web.Printing;

/// <summary>The version of an issuer's multilingual text to print: the reader's language ("uk" matches "uk-Latn" only
/// when nothing is exactly "uk"), else English, else the original (first). Domain texts are printed as written.</summary>
internal static class PrintTexts
{
    public static string Pick(MultilingualText? text, string language)
    {
        var values = text?.Values;
        if (values is null || values.Count == 0)
        {
            return "";
        }

        return (values.FirstOrDefault(v => string.Equals(v.Language, language, StringComparison.OrdinalIgnoreCase))
            ?? values.FirstOrDefault(v => v.Language.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase))
            ?? values.FirstOrDefault(v => string.Equals(v.Language, "en", StringComparison.OrdinalIgnoreCase))
            ?? values[0]).Text;
    }
}
