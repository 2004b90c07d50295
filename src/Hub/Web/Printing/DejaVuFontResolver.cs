using PdfSharp.Fonts;

namespace Exchange.Hub.Web.Printing;

/// <summary>
/// PDFsharp's Core build finds no fonts of its own on Linux and takes one resolver per process, which must stay the same
/// instance once set: this one, answering every family with DejaVu Sans (regular or bold) from the faces the first
/// <see cref="PrintFonts"/> to print loaded.
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly DejaVuFontResolver Instance = new();
    private static readonly Lock Installing = new();

    private DejaVuFaces? _faces;

    public static void Install(DejaVuFaces faces)
    {
        lock (Installing)
        {
            if (Instance._faces is not null)
            {
                return;
            }

            Instance._faces = faces;
            GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        // No italic face is embedded: PDFsharp slants the regular one when asked.
        new(bold ? BoldFace : RegularFace, false, italic);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        BoldFace => _faces?.Bold,
        RegularFace => _faces?.Regular,
        _ => null,
    };
}
