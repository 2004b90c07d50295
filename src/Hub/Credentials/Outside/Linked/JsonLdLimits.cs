namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// Bounds of one JSON-LD to RDF conversion, so that a hostile document cannot make the hub recurse or allocate without
/// end: nesting depth of the document and of scoped contexts, node objects met, quads produced. Past a bound the
/// conversion stops with <see cref="JsonLdException"/> "limit exceeded".
/// </summary>
public sealed record JsonLdLimits(int MaxDepth = 64, int MaxNodes = 20_000, int MaxQuads = 50_000)
{
    public static JsonLdLimits Default { get; } = new();
}
