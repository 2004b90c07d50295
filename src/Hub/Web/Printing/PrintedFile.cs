using System.Text;

namespace Exchange.Hub.Web.Printing;

/// <summary>A PDF ready to download, with a file name any file system and any Content-Disposition parser accepts.</summary>
public sealed record PrintedFile(byte[] Pdf, string FileName)
{
    public const string ContentType = "application/pdf";

    /// <summary>ASCII letters, digits, '-' and '_' of <paramref name="stem"/> (anything else becomes '-'), at most 80 of
    /// them, then ".pdf": no path separators, quotes or control characters reach the header or the disk.</summary>
    public static string SafeName(string stem)
    {
        var name = new StringBuilder();
        foreach (var c in stem.Take(80))
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return (name.Length > 0 ? name.ToString() : "document") + ".pdf";
    }
}
