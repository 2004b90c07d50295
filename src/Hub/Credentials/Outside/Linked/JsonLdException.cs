namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// A document the hub's JSON-LD processor refuses. <see cref="Code"/> is the JSON-LD 1.1 error code name (e.g.
/// "invalid IRI mapping", "protected term redefinition") or one of ours: "unknown context" (a context the hub does not
/// carry — never fetched; <see cref="Context"/> names it) and "limit exceeded".
/// </summary>
public sealed class JsonLdException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The context URL the failure concerns, when there is one.</summary>
    public string? Context { get; init; }

    internal static JsonLdException Limit(string what) => new("limit exceeded", $"The JSON-LD document exceeds the {what} limit.");

    internal static JsonLdException Invalid(string code, string detail) => new(code, $"JSON-LD: {code}: {detail}");
}
