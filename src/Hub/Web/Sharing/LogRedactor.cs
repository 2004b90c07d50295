using System.Collections;

namespace Exchange.Hub.Web.Sharing;

/// <summary>Masks share codes in what a logger is handed: text by <see cref="ShareCodeText"/>, and, while a request
/// for a share link is being served, that request's code wherever it appears (a page handler may log its route
/// values bare).</summary>
internal sealed class LogRedactor(IHttpContextAccessor? requests)
{
    // Real codes are 32 characters; a short "code" typed into a URL is no secret, and masking every occurrence of
    // a one-letter string would mangle the log.
    private const int ShortestMaskedCode = 16;

    public bool Needs(string? text)
    {
        if (text is null)
        {
            return false;
        }

        return ShareCodeText.Contains(text) || (RequestCode() is { } code && text.Contains(code, StringComparison.Ordinal));
    }

    public string Redact(string text)
    {
        var redacted = ShareCodeText.Redact(text);
        return RequestCode() is { } code ? redacted.Replace(code, ShareCodeText.Mask, StringComparison.Ordinal) : redacted;
    }

    /// <summary>A value as a log would write it, masked when it shows a code; the value itself otherwise.</summary>
    public object? Value(object? value) => value switch
    {
        null or bool or int or long or double or decimal or DateTime or DateTimeOffset or TimeSpan or Enum or Guid => value,
        string text => Needs(text) ? Redact(text) : text,
        IEnumerable<KeyValuePair<string, object?>> pairs => Pairs(pairs, value.ToString()),
        _ => value.ToString() is { } text && Needs(text) ? Redact(text) : value,
    };

    /// <summary>Structured state or a scope: the same pairs with masked values, and masked text.</summary>
    public object Pairs(IEnumerable<KeyValuePair<string, object?>> pairs, string? text)
    {
        var list = pairs.ToList();
        var needs = Needs(text) || list.Exists(p => p.Value is not null && Needs(p.Value as string ?? p.Value.ToString()));
        return needs
            ? new RedactedPairs([.. list.Select(p => new KeyValuePair<string, object?>(p.Key, Value(p.Value)))], text is null ? "" : Redact(text))
            : pairs;
    }

    private string? RequestCode()
    {
        try
        {
            var request = requests?.HttpContext?.Request;
            // Most lines are written while serving the API: only a link's page or a pasted link can carry a code.
            if (request is null || (!request.Path.StartsWithSegments(ShareLink.Prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) && !request.QueryString.HasValue))
            {
                return null;
            }

            var pasted = request.Query["link"].ToString();
            var link = ShareLink.TryParse("http://any" + request.Path.ToUriComponent(), out var fromPath) ? fromPath
                : ShareLink.TryParse(pasted, out var fromQuery) ? fromQuery : null;
            return link is { ShareCode.Length: >= ShortestMaskedCode } ? link.ShareCode : null;
        }
        catch (ObjectDisposedException)
        {
            // The request ended while this line was being written.
            return null;
        }
    }

    /// <summary>Structured values after masking; written as the masked text.</summary>
    private sealed class RedactedPairs(IReadOnlyList<KeyValuePair<string, object?>> pairs, string text) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public KeyValuePair<string, object?> this[int index] => pairs[index];

        public int Count => pairs.Count;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => pairs.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => text;
    }
}
