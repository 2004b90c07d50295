using Microsoft.Extensions.Options;
using PdfSharp.Drawing;

namespace Exchange.Hub.Web.Printing;

/// <summary>
/// The two faces every printout uses, read from <see cref="PrintOptions.FontFolder"/> on first use (a hub that never
/// prints needs no fonts). A missing file fails that first use with the folder and the package to install, rather
/// than PDFsharp's generic "no font" error deep inside a render.
/// </summary>
public sealed class PrintFonts(IOptions<PrintOptions> options)
{
    public const string Regular = "DejaVuSans.ttf";
    public const string Bold = "DejaVuSans-Bold.ttf";

    private readonly Lazy<DejaVuFaces> _faces = new(() => Read(options.Value.FontFolder));

    /// <summary>A font of the printouts' family; loads the faces (and installs the resolver) the first time.</summary>
    public XFont Font(double size, bool bold = false)
    {
        DejaVuFontResolver.Install(_faces.Value);
        return new XFont(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
    }

    private static DejaVuFaces Read(string folder)
    {
        var regular = Path.Combine(folder, Regular);
        var bold = Path.Combine(folder, Bold);
        var missing = new[] { regular, bold }.Where(f => !File.Exists(f)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"PDFs cannot be printed: {string.Join(" and ", missing)} not found. Install Debian's fonts-dejavu-core " +
                $"(apt-get install fonts-dejavu-core) or point Hub:Web:FontFolder (now \"{folder}\") at a folder with {Regular} and {Bold}.");
        }

        return new DejaVuFaces(File.ReadAllBytes(regular), File.ReadAllBytes(bold));
    }
}
