namespace Exchange.Hub.Rpc;

/// <summary>
/// Characters refused in text that people read: C0 controls (tab, line feed and carriage return only where a text may
/// span lines), DEL, C1 controls (ANSI escapes start with ESC or CSI), and the bidirectional embedding, override and
/// isolate marks (U+202A–U+202E, U+2066–U+2069) that make a text display in another order than it is stored.
/// </summary>
public static class TextRules
{
    /// <summary>The first refused character, or null when the text is clean.</summary>
    public static char? FirstRefused(string text, bool multiLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (IsRefused(c, multiLine))
            {
                return c;
            }
        }

        return null;
    }

    public static bool IsRefused(char c, bool multiLine) => c switch
    {
        '\t' or '\n' or '\r' => !multiLine,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    /// <summary>A bounded, printable quotation of caller input for an error message.</summary>
    public static string Echo(string? text, int max = 80)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = string.Concat(text.Take(max + 1).Select(c => IsRefused(c, multiLine: false) ? '\uFFFD' : c));
        return clean.Length > max ? clean[..max] + "…" : clean;
    }
}
