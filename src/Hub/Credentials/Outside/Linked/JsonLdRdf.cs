using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// The hub's JSON-LD 1.1 processor, as far as Data Integrity needs it: expansion and deserialisation to RDF (toRdf with
/// produceGeneralizedRdf false and rdfDirection null). Documents have no base IRI, so relative IRIs are dropped as
/// toRdf drops them. Contexts come only from <see cref="JsonLdContexts"/> or inline; nothing is ever fetched.
/// </summary>
public static class JsonLdRdf
{
    /// <exception cref="JsonLdException">The document is not valid JSON-LD, names a context the hub does not carry
    /// ("unknown context") or exceeds the limits ("limit exceeded").</exception>
    public static IReadOnlyList<RdfQuad> ToRdf(JsonObject document, JsonLdContexts contexts, JsonLdLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(contexts);
        limits ??= JsonLdLimits.Default;
        try
        {
            return Run(document, contexts, limits);
        }
        catch (InsufficientExecutionStackException)
        {
            throw JsonLdException.Limit("nesting depth");
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException or FormatException or KeyNotFoundException or ArgumentException)
        {
            // JSON shaped unlike JSON-LD that slipped past a check is refused like any other invalid document.
            throw JsonLdException.Invalid("invalid JSON-LD", e.Message);
        }
    }

    private static IReadOnlyList<RdfQuad> Run(JsonObject document, JsonLdContexts contexts, JsonLdLimits limits)
    {
        var processor = new ContextProcessor(contexts, limits);
        var expanded = new Expander(processor, limits).Expand(ActiveContext.Empty, null, document, baseUrl: null, fromMap: false, depth: 0);
        if (expanded is LdMap { Count: 1 } top && top.TryGetValue("@graph", out var graph))
        {
            expanded = graph;
        }

        var issuer = new BlankNodeIssuer();
        var nodeMap = new NodeMap(issuer);
        nodeMap.Add(Expander.AsList(expanded), "@default");
        var rdf = new RdfDeserializer(issuer, limits);
        rdf.Write(nodeMap);
        return rdf.Quads;
    }
}
