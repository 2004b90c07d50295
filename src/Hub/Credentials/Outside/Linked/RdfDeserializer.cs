using System.Globalization;
using System.Numerics;

namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// Deserialize JSON-LD to RDF (§8.1 of the JSON-LD 1.1 Processing Algorithms) over a node map: graphs, subjects and
/// properties in code-point order; relative IRIs (subjects, predicates, objects, graph names) dropped as not RDF;
/// blank node predicates dropped (no generalized RDF); @direction dropped (rdfDirection null).
/// </summary>
internal sealed class RdfDeserializer(BlankNodeIssuer issuer, JsonLdLimits limits)
{
    private readonly List<RdfQuad> quads = [];

    public IReadOnlyList<RdfQuad> Quads => quads;

    public void Write(NodeMap map)
    {
        foreach (var graphName in map.Graphs.Keys.Order(StringComparer.Ordinal))
        {
            RdfTerm? graph = null;
            if (graphName != "@default")
            {
                if (!Iris.IsAbsolute(graphName))
                {
                    continue;
                }

                graph = Term(graphName);
            }

            var nodes = map.Graphs[graphName];
            foreach (var id in nodes.Keys.Order(StringComparer.Ordinal))
            {
                WriteNode(id, nodes[id], graph);
            }
        }
    }

    private void WriteNode(string id, LdMap node, RdfTerm? graph)
    {
        foreach (var property in node.Keys.Order(StringComparer.Ordinal))
        {
            string predicate;
            if (property == "@type")
            {
                predicate = Keywords.RdfType;
            }
            else if (Keywords.IsKeyword(property))
            {
                continue;
            }
            else
            {
                predicate = property;
            }

            if (!Iris.IsAbsolute(id) || !Iris.IsAbsolute(predicate) || Iris.IsBlankNode(predicate))
            {
                continue;
            }

            foreach (var item in Expander.AsList(node[property]))
            {
                if (ToTerm(item, graph) is { } value)
                {
                    Emit(new RdfQuad(Term(id), RdfTerm.Iri(predicate), value, graph));
                }
            }
        }
    }

    private void Emit(RdfQuad quad)
    {
        if (quads.Count >= limits.MaxQuads)
        {
            throw JsonLdException.Limit("quad count");
        }

        quads.Add(quad);
    }

    private RdfTerm? ToTerm(object? item, RdfTerm? graph)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (item)
        {
            case LdMap { IsValue: true } value:
                return Literal(value);
            case LdMap { IsList: true } list:
                return List(Expander.AsList(list["@list"]), graph);
            case LdMap node:
                return node.Text("@id") is { } nodeId && Iris.IsAbsolute(nodeId) ? Term(nodeId) : null;
            case string reference:
                return Iris.IsAbsolute(reference) ? Term(reference) : null;
            default:
                return null;
        }
    }

    /// <summary>rdf:first/rdf:rest cells; labels issued head first, then each next cell after its item, as jsonld.js does.</summary>
    private RdfTerm List(List<object?> items, RdfTerm? graph)
    {
        if (items.Count == 0)
        {
            return RdfTerm.Iri(Keywords.RdfNil);
        }

        var head = Term(issuer.Issue());
        var subject = head;
        for (var i = 0; i < items.Count; i++)
        {
            var value = ToTerm(items[i], graph);
            var rest = i < items.Count - 1 ? Term(issuer.Issue()) : RdfTerm.Iri(Keywords.RdfNil);
            if (value is { } first)
            {
                Emit(new RdfQuad(subject, RdfTerm.Iri(Keywords.RdfFirst), first, graph));
            }

            Emit(new RdfQuad(subject, RdfTerm.Iri(Keywords.RdfRest), rest, graph));
            subject = rest;
        }

        return head;
    }

    private static RdfTerm? Literal(LdMap item)
    {
        var value = item["@value"];
        var datatype = item.Text("@type");
        if (datatype == "@json")
        {
            return RdfTerm.Literal(CanonicalJson.Write(((JsonLiteral)value!).Node), Keywords.RdfJson);
        }

        switch (value)
        {
            case bool flag:
                return RdfTerm.Literal(flag ? "true" : "false", datatype ?? Keywords.XsdBoolean);
            case double number when !double.IsInteger(number) || Math.Abs(number) >= 1e21 || datatype == Keywords.XsdDouble:
                return RdfTerm.Literal(XsdDouble(number), datatype ?? Keywords.XsdDouble);
            case double number:
                return RdfTerm.Literal(new BigInteger(number).ToString(CultureInfo.InvariantCulture), datatype ?? Keywords.XsdInteger);
            case string text when item.Text("@language") is { } language:
                return RdfTerm.Literal(text, language: language);
            case string text:
                return RdfTerm.Literal(text, datatype);
            default:
                return null;
        }
    }

    /// <summary>The canonical xsd:double form the spec's toRdf asks for: one digit, '.', the shortest rest, 'E', exponent.</summary>
    internal static string XsdDouble(double number)
    {
        var text = number.ToString("E15", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text[..e].TrimEnd('0');
        if (mantissa.EndsWith('.'))
        {
            mantissa += "0";
        }

        var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    private static RdfTerm Term(string id) => Iris.IsBlankNode(id) ? RdfTerm.Blank(id[2..]) : RdfTerm.Iri(id);
}
