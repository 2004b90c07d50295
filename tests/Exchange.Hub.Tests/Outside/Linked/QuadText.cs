using System.Globalization;
using System.Text;
using Exchange.Hub.Credentials.Outside.Linked;

namespace Exchange.Hub.Tests.Outside.Linked;

/// <summary>
/// Quads as N-Quads lines for comparing datasets in specs: blank nodes relabelled in order of first appearance over
/// the sorted lines, so two datasets that differ only in labels compare equal when their labelling follows the same
/// walk (the hub's node map walks as jsonld.js does).
/// </summary>
internal static class QuadText
{
    public static string Line(RdfQuad quad) =>
        $"{Term(quad.Subject)} {Term(quad.Predicate)} {Term(quad.Value)} {(quad.Graph is { } graph ? Term(graph) + " " : string.Empty)}.";

    public static IReadOnlyList<string> Lines(IEnumerable<RdfQuad> quads) => quads.Select(Line).Order(StringComparer.Ordinal).ToList();

    /// <summary>Lines of the quads that name no blank node: these must be equal exactly, whatever the labels.</summary>
    public static IReadOnlyList<string> Grounded(IEnumerable<string> lines) =>
        lines.Where(l => !l.StartsWith("_:", StringComparison.Ordinal) && !l.Contains(" _:", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> FileLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();

    private static string Term(RdfTerm term) => term.Kind switch
    {
        RdfTermKind.Iri => "<" + term.Value + ">",
        RdfTermKind.BlankNode => "_:" + term.Value,
        _ => "\"" + Escape(term.Value) + "\"" + (term.Language is { } language ? "@" + language : term.Datatype == RdfTerm.XsdString ? string.Empty : "^^<" + term.Datatype + ">"),
    };

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                '\b' => text.Append("\\b"),
                '\f' => text.Append("\\f"),
                < ' ' or '\u007f' => text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }
}
