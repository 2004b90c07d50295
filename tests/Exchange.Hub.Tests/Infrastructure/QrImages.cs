using SkiaSharp;
using ZXing;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>Reads a QR code back from a PNG as a phone's camera would: SkiaSharp gives the pixels, ZXing finds and decodes
/// the code. Transparent pixels count as the white paper they are printed on.</summary>
public static class QrImages
{
    /// <summary>The text of the QR code in the image, or null when the image shows none.</summary>
    public static string? Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new ArgumentException("The bytes are not an image SkiaSharp reads.", nameof(png));
        var rgb = new byte[bitmap.Width * bitmap.Height * 3];
        var i = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                rgb[i++] = OnWhite(pixel.Red, pixel.Alpha);
                rgb[i++] = OnWhite(pixel.Green, pixel.Alpha);
                rgb[i++] = OnWhite(pixel.Blue, pixel.Alpha);
            }
        }

        var reader = new BarcodeReaderGeneric();
        reader.Options.PossibleFormats = [BarcodeFormat.QR_CODE];
        reader.Options.TryHarder = true;
        return reader.Decode(new RGBLuminanceSource(rgb, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.RGB24))?.Text;
    }

    private static byte OnWhite(byte channel, byte alpha) => (byte)(((channel * alpha) + (255 * (255 - alpha))) / 255);
}
