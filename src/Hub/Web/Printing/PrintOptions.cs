namespace Exchange.Hub.Web.Printing;

/// <summary>Hub:Web — where the printouts' fonts are. The PDFs embed DejaVu Sans (Latin, Cyrillic, Latvian and Kazakh
/// letters in one family); Debian's fonts-dejavu-core puts it in the default folder.</summary>
public sealed class PrintOptions
{
    public const string SectionName = "Hub:Web";

    public const string DefaultFontFolder = "/usr/share/fonts/truetype/dejavu";

    public string FontFolder { get; set; } = DefaultFontFolder;
}
