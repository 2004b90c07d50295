using System.Diagnostics.CodeAnalysis;

namespace Exchange.Hub.Grains.Review;

/// <summary>
/// What a filter of the review queue must be, with the field each problem concerns, so the API and the console say the
/// same thing about the same mistake (the console shows them next to its form's fields).
/// </summary>
public static class ReviewQueueFilterRules
{
    public const string PageTokenField = "page.page_token";
    public const string OriginCountryField = "origin_country";
    public const string MinAgeDaysField = "min_age_days";
    public const string UnassignedOnlyField = "unassigned_only";

    /// <summary>Reads a page token; an empty one is the first page.</summary>
    public static bool TryReadPageToken(string? token, out ReviewQueueCursor? after, [NotNullWhen(false)] out string? problem)
    {
        after = null;
        problem = null;
        if (string.IsNullOrEmpty(token) || ReviewQueueCursor.TryParse(token, out after))
        {
            return true;
        }

        problem = "page.page_token is not a token this hub issued.";
        return false;
    }

    /// <summary>Reads a country of origin: two letters (ISO 3166-1 alpha-2), in either case; empty is any country.</summary>
    public static bool TryReadOriginCountry(string? code, out string? country, [NotNullWhen(false)] out string? problem)
    {
        country = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            return true;
        }

        var trimmed = code.Trim();
        if (trimmed.Length == 2 && char.IsAsciiLetter(trimmed[0]) && char.IsAsciiLetter(trimmed[1]))
        {
            country = trimmed.ToUpperInvariant();
            return true;
        }

        problem = "origin_country must be a two-letter country code (ISO 3166-1 alpha-2) such as KZ.";
        return false;
    }

    public static IEnumerable<(string Field, string Problem)> Problems(int minAgeDays, bool assignedToMe, bool unassignedOnly)
    {
        if (minAgeDays < 0)
        {
            yield return (MinAgeDaysField, "min_age_days cannot be negative.");
        }

        if (assignedToMe && unassignedOnly)
        {
            yield return (UnassignedOnlyField, "assigned_to_me and unassigned_only exclude each other.");
        }
    }
}
