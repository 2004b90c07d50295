namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// What the processor needs to know of IRIs: whether a string is absolute (a scheme and a colon, no white space — the
/// test jsonld.js makes, with blank node labels "_:" passing too) and RFC 3986 §5.2 reference resolution for @base.
/// </summary>
internal static class Iris
{
    public static bool IsBlankNode(string? value) => value is not null && value.StartsWith("_:", StringComparison.Ordinal);

    public static bool IsAbsolute(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        if (!(colon == 1 && value[0] == '_'))
        {
            if (!char.IsAsciiLetter(value[0]))
            {
                return false;
            }

            for (var i = 1; i < colon; i++)
            {
                var c = value[i];
                if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
                {
                    return false;
                }
            }
        }

        for (var i = colon + 1; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The reference resolved against an absolute base (RFC 3986 §5.2.2); without a base it stays as it is.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null || IsAbsolute(reference))
        {
            return reference;
        }

        var b = Split(baseIri);
        var r = Split(reference);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path.StartsWith('/') ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        var text = new System.Text.StringBuilder();
        text.Append(b.Scheme).Append(':');
        if (authority is not null)
        {
            text.Append("//").Append(authority);
        }

        text.Append(path);
        if (query is not null)
        {
            text.Append('?').Append(query);
        }

        if (r.Fragment is not null)
        {
            text.Append('#').Append(r.Fragment);
        }

        return text.ToString();
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    private static Parts Split(string iri)
    {
        string? fragment = null;
        var hash = iri.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = iri[(hash + 1)..];
            iri = iri[..hash];
        }

        string? query = null;
        var question = iri.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = iri[(question + 1)..];
            iri = iri[..question];
        }

        string? scheme = null;
        if (IsAbsolute(iri) || (iri.IndexOf(':', StringComparison.Ordinal) is var c && c > 0 && IsAbsolute(iri[..(c + 1)])))
        {
            var colon = iri.IndexOf(':', StringComparison.Ordinal);
            scheme = iri[..colon];
            iri = iri[(colon + 1)..];
        }

        string? authority = null;
        if (iri.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = iri.IndexOf('/', 2);
            authority = slash < 0 ? iri[2..] : iri[2..slash];
            iri = slash < 0 ? string.Empty : iri[slash..];
        }

        return new Parts(scheme, authority, iri, query, fragment);
    }

    private static string Merge(Parts b, string path)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + path;
        }

        var last = b.Path.LastIndexOf('/');
        return last < 0 ? path : b.Path[..(last + 1)] + path;
    }

    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.', StringComparison.Ordinal))
        {
            return path;
        }

        var input = path;
        var output = new List<string>();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input == "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input.Length == 3 ? "/" : input[3..];
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }
            }
            else if (input is "." or "..")
            {
                input = string.Empty;
            }
            else
            {
                var start = input.StartsWith('/') ? 1 : 0;
                var next = input.IndexOf('/', start);
                var segment = next < 0 ? input : input[..next];
                output.Add(segment);
                input = next < 0 ? string.Empty : input[next..];
            }
        }

        return string.Concat(output);
    }
}
