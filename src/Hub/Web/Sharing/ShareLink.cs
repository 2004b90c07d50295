using System.Diagnostics.CodeAnalysis;

namespace Exchange.Hub.Web.Sharing;

/// <summary>The three parts of a share link, and its path on any hub: <c>/v/{issuingHubId}/{credentialId}/{shareCode}</c>.
/// The code travels in the path, never in a query, so that it is one segment the hub's log redaction can find and
/// no form or analytics tool treats it as a parameter.</summary>
public sealed record ShareLink(string IssuingHubId, string CredentialId, string ShareCode)
{
    /// <summary>The first segment of every share link's path.</summary>
    public const string Prefix = "/v/";

    private const string LegacyScheme = "exchange";

    /// <summary><c>/v/{hub}/{credentialId}/{code}</c>, each segment escaped.</summary>
    public string Path => Prefix + Uri.EscapeDataString(IssuingHubId) + "/" + Uri.EscapeDataString(CredentialId) + "/" + Uri.EscapeDataString(ShareCode);

    /// <summary>The absolute link on a web base; a base with a path (a hub behind a prefix) keeps it.</summary>
    public Uri On(Uri webBase)
    {
        ArgumentNullException.ThrowIfNull(webBase);
        return new Uri(webBase.GetLeftPart(UriPartial.Path).TrimEnd('/') + Path, UriKind.Absolute);
    }

    public Contracts.V1.SharedCredentialRef ToReference() =>
        new() { IssuingHubId = IssuingHubId, CredentialId = CredentialId, ShareCode = ShareCode };

    /// <summary>A link as a person pastes it: an http(s) URL on any host whose path is /v/{hub}/{id}/{code} (trailing
    /// slash and surrounding whitespace allowed), or the legacy exchange://{hub}/credentials/{id}?code={code}.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ShareLink? link)
    {
        link = null;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }

        link = uri.Scheme switch
        {
            "http" or "https" => FromWebPath(uri),
            LegacyScheme => FromLegacy(uri),
            _ => null,
        };
        return link is not null;
    }

    private static ShareLink? FromWebPath(Uri uri)
    {
        var segments = uri.AbsolutePath.TrimEnd('/').Split('/');
        // "", "v", hub, credential id, code
        return segments.Length == 5 && segments[0].Length == 0 && string.Equals(segments[1], "v", StringComparison.OrdinalIgnoreCase)
            ? Of(segments[2], segments[3], segments[4])
            : null;
    }

    // The API's links before the web pages existed: exchange://hub-ua/credentials/UA-CRED-…?code=…
    private static ShareLink? FromLegacy(Uri uri)
    {
        var segments = uri.AbsolutePath.TrimEnd('/').Split('/');
        if (segments.Length != 3 || segments[0].Length != 0 || segments[1] != "credentials")
        {
            return null;
        }

        var code = uri.Query.TrimStart('?').Split('&')
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0] == "code")
            .Select(pair => pair[1])
            .FirstOrDefault();
        return code is null ? null : Of(uri.Host, segments[2], code);
    }

    private static ShareLink? Of(string hub, string credentialId, string code)
    {
        var parts = new[] { hub, credentialId, code }.Select(Unescaped).ToArray();
        return parts.Any(p => p is null || p.Length == 0 || p.Any(char.IsControl))
            ? null
            : new ShareLink(parts[0]!, parts[1]!, parts[2]!);
    }

    private static string? Unescaped(string segment)
    {
        try
        {
            return Uri.UnescapeDataString(segment);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
