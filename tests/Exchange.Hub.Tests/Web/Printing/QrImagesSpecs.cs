using System.Runtime.InteropServices;
using Exchange.Hub.Tests.Infrastructure;
using SkiaSharp;
using ZXing;
using ZXing.QrCode;

namespace Exchange.Hub.Tests.Web.Printing;

/// <summary>The tests' QR reader, which the printing and page specs trust to say what a printed code links to.</summary>
public sealed class QrImagesSpecs
{
    private const string Link = "https://hub-kz.example.org/v/hub-ua/UA-CRED-2026-000101/k3J9xQvT2mWb8rLp0sYc1A";

    [Fact]
    public void Decode_reads_the_text_of_a_QR_code_in_a_PNG()
    {
        Assert.Equal(Link, QrImages.Decode(QrPng(Link)));
    }

    [Fact]
    public void Decode_finds_nothing_in_an_image_without_a_QR_code()
    {
        using var bitmap = new SKBitmap(240, 240);
        bitmap.Erase(SKColors.White);
        using var canvas = new SKCanvas(bitmap);
        using var ink = new SKPaint { Color = SKColors.Black };
        canvas.DrawRect(40, 40, 160, 30, ink);

        Assert.Null(QrImages.Decode(Png(bitmap)));
    }

    // A QR code drawn by ZXing's own writer, so this spec does not depend on the hub's renderer.
    private static byte[] QrPng(string text)
    {
        var pixels = new BarcodeWriterPixelData
        {
            Format = BarcodeFormat.QR_CODE,
            Options = new QrCodeEncodingOptions { Width = 240, Height = 240, Margin = 4 },
        }.Write(text);
        using var bitmap = new SKBitmap(new SKImageInfo(pixels.Width, pixels.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul));
        Marshal.Copy(pixels.Pixels, 0, bitmap.GetPixels(), pixels.Pixels.Length);
        return Png(bitmap);
    }

    private static byte[] Png(SKBitmap bitmap)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
