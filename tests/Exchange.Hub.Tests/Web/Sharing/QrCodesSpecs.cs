using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using Exchange.Hub.Web.Sharing;

namespace Exchange.Hub.Tests.Web.Sharing;

/// <summary>QR codes of share links: SVG markup to put straight into a page, PNG for print.</summary>
public sealed partial class QrCodesSpecs
{
    private const string Link = "https://exchange.example.kz/v/hub-ua/UA-CRED-fdb2b05dc2c3993115b0/3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD";

    [Fact]
    public void The_svg_is_inline_markup_with_a_square_view_box_crisp_modules_and_the_img_role()
    {
        var svg = QrCodes.Svg(Link);

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("shape-rendering=\"crispEdges\"", svg, StringComparison.Ordinal);
        var side = Side(svg);
        // A version-N code is 17 + 4N modules wide, plus a quiet zone of 4 modules on each side.
        Assert.Equal(0, (side - 8 - 17) % 4);
        Assert.DoesNotContain("aria-label", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quiet_zone_of_four_modules_stays_white()
    {
        var svg = QrCodes.Svg(Link);
        var side = Side(svg);

        // Every dark run starts and ends inside the quiet zone's border.
        foreach (Match run in Run().Matches(svg))
        {
            var (x, y, length) = (int.Parse(run.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(run.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(run.Groups[3].Value, CultureInfo.InvariantCulture));
            Assert.InRange(x, 4, side - 5);
            Assert.InRange(x + length, 5, side - 4);
            Assert.InRange(y, 4, side - 5);
        }
    }

    [Fact]
    public void A_longer_text_needs_a_larger_code_and_the_same_text_always_gives_the_same_code()
    {
        Assert.Equal(QrCodes.Svg(Link), QrCodes.Svg(Link));
        Assert.True(Side(QrCodes.Svg(Link + Link)) > Side(QrCodes.Svg(Link)));
    }

    [Fact]
    public void The_png_is_a_png_of_the_same_modules_at_the_asked_pixels_per_module()
    {
        var side = Side(QrCodes.Svg(Link));

        var png = QrCodes.Png(Link, pixelsPerModule: 5);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // IHDR: width and height, big-endian, right after the signature and the chunk header.
        Assert.Equal(side * 5, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(side * 5, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Equal(side * 8, BinaryPrimitives.ReadInt32BigEndian(QrCodes.Png(Link).AsSpan(16, 4)));
    }

    private static int Side(string svg)
    {
        var viewBox = ViewBox().Match(svg);
        Assert.True(viewBox.Success, svg);
        Assert.Equal(viewBox.Groups[1].Value, viewBox.Groups[2].Value);
        return int.Parse(viewBox.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("viewBox=\"0 0 ([0-9]+) ([0-9]+)\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("M([0-9]+) ([0-9]+)h([0-9]+)v1h-[0-9]+z")]
    private static partial Regex Run();
}
