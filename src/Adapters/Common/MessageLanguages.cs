namespace Exchange.Adapters.Common;

/// <summary>The languages the system writes its messages in: English, Ukrainian, Kazakh, Russian, Latvian.</summary>
public static class MessageLanguages
{
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = ["en", "uk", "kk", "ru", "lv"];

    /// <summary>The supported language a BCP 47 tag names by its primary subtag ("uk-UA" → "uk"), or null.</summary>
    public static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var trimmed = tag.Trim();
        var dash = trimmed.IndexOfAny(['-', '_']);
        var primary = (dash < 0 ? trimmed : trimmed[..dash]).ToLowerInvariant();
        return All.Contains(primary, StringComparer.Ordinal) ? primary : null;
    }

    /// <summary>Whether a tag is well-formed BCP 47 (letters and digits in 1–8 character subtags, a 2–3 letter primary
    /// language) and names a supported language.</summary>
    public static bool IsTag(string tag)
    {
        var subtags = tag.Split('-');
        return subtags[0].Length is 2 or 3 && subtags[0].All(char.IsAsciiLetter)
            && subtags.All(s => s.Length is >= 1 and <= 8 && s.All(char.IsAsciiLetterOrDigit))
            && Normalise(tag) is not null;
    }

    /// <summary>The first supported language of an Accept-Language header, by quality then order; null when none is.</summary>
    public static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var best = (Language: (string?)null, Quality: 0m);
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var quality = 1m;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && decimal.TryParse(parameter[2..], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var q))
                {
                    quality = q;
                }
            }

            if (Normalise(pieces[0]) is { } language && quality > best.Quality)
            {
                best = (language, quality);
            }
        }

        return best.Language;
    }
}
