using System.Globalization;
using System.Text;
using QRCoder;

namespace Exchange.Hub.Web.Sharing;

/// <summary>QR codes of share links (QRCoder, error correction level M: a phone still reads a printed code with a
/// crease). Both forms keep QRCoder's quiet zone of 4 modules, which scanners need to find the code.</summary>
public static class QrCodes
{
    /// <summary><c>&lt;svg …&gt;</c> markup without an XML prolog, to put straight into a page: one path of square
    /// modules over a white square, in a viewBox of one unit per module, drawn with crisp edges so it scales to any
    /// size without blur. <c>role="img"</c> is set; the caller adds the <c>aria-label</c>.</summary>
    public static string Svg(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            // One rectangle per horizontal run of dark modules keeps the markup small.
            for (var x = 0; x < size; x++)
            {
                if (!matrix[y][x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && matrix[y][x + 1])
                {
                    x++;
                }

                var run = x - start + 1;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{run}v1h-{run}z");
            }
        }

        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }

    /// <summary>A black-on-white PNG, <paramref name="pixelsPerModule"/> pixels per module.</summary>
    public static byte[] Png(string text, int pixelsPerModule = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(pixelsPerModule, drawQuietZones: true);
    }
}
