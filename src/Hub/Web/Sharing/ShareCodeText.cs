using System.Text.RegularExpressions;

namespace Exchange.Hub.Web.Sharing;

/// <summary>Finds share codes in text meant for a log: the last segment of a share link's path
/// (<c>/v/{hub}/{credentialId}/{code}</c>, also with its slashes escaped as inside a <c>?link=</c> query) and the
/// <c>code=</c> parameter of legacy links, and masks them, keeping the hub and credential ids readable.</summary>
public static partial class ShareCodeText
{
    public const string Mask = "[redacted]";

    public static bool Contains(string? text) =>
        text is not null && (SharePath().IsMatch(text) || CodeParameter().IsMatch(text));

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CodeParameter().Replace(SharePath().Replace(text, "${keep}" + Mask), "${keep}" + Mask);
    }

    // A separator is "/" or "%2F"; a segment runs to the next separator or to what ends a path in text.
    [GeneratedRegex("""(?<keep>(?:/|%2[Ff])[vV](?:/|%2[Ff])(?:(?!%2[Ff])[^/\s?#&"'<>\\])+(?:/|%2[Ff])(?:(?!%2[Ff])[^/\s?#&"'<>\\])+(?:/|%2[Ff]))(?:(?!%2[Ff])[^/\s?#&"'<>\\])+""", RegexOptions.CultureInvariant)]
    private static partial Regex SharePath();

    // exchange://{hub}/credentials/{id}?code={code}, also escaped inside a query.
    [GeneratedRegex("""(?<keep>(?:[?&]|%3[Ff]|%26)code(?:=|%3[Dd]))[^&\s#"'<>]+""", RegexOptions.CultureInvariant)]
    private static partial Regex CodeParameter();
}
