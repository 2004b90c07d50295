using QRCoder;

namespace Exchange.Hub.Web.Printing;

/// <summary>
/// The share link's QR code as a PNG PDFsharp's Core build embeds: the same code as <c>Sharing/QrCodes</c> (QRCoder, ECC
/// level M, quiet zone of 4 modules), written as a two-colour palette image, since PDFsharp reads palette PNGs but not
/// the 1-bit greyscale ones QRCoder writes by default.
/// </summary>
internal static class PrintableQrCode
{
    private static readonly byte[] Black = [0, 0, 0, 255];
    private static readonly byte[] White = [255, 255, 255, 255];

    public static byte[] Png(string text, int pixelsPerModule = 4)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(pixelsPerModule, Black, White, drawQuietZones: true);
    }
}
