using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Exchange.Hub.Web.Learner;

/// <summary>Gives the share link's QR code (an SVG with <c>role="img"</c>) the accessible name the page chose.</summary>
public static class QrMarkup
{
    // The pages write their five languages' letters as they are (WebRegistration); so does the label.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Labelled(string svg, string label)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var open = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (open < 0)
        {
            throw new ArgumentException("Not SVG markup.", nameof(svg));
        }

        var at = open + "<svg".Length;
        return svg[..at] + " aria-label=\"" + Encoder.Encode(label) + "\"" + svg[at..];
    }
}
