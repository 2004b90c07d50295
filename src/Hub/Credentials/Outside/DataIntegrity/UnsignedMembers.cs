using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.Linked;

namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>
/// Finds a member of a credential that JSON-LD drops — a term no context defines (the OB 3.0 type-scoped contexts
/// leave undefined terms undefined), a relative id — so it is not in the RDF, not covered by the proof, and yet a JSON
/// reader would see it. Signers refuse such documents (jsonld.js "safe mode"); so does the hub. Every value but the
/// ones that steer expansion (@context, type, @type, @language, @direction) is replaced by a unique absolute IRI and
/// the document converted once more: a marker missing from the quads is a value JSON-LD dropped. Types, keys and so
/// scoped contexts are unchanged, so the expansion takes the same shape.
/// </summary>
public static class UnsignedMembers
{
    private const string Marker = "urn:x-exchange-member:";
    private static readonly string[] Steering = ["@context", "type", "@type", "@language", "@direction", "@base", "@vocab", "@version", "@protected", "@index"];

    /// <summary>The JSON path of the first member JSON-LD drops, or null when every value is in the RDF.</summary>
    public static string? Find(JsonObject document, JsonLdContexts contexts)
    {
        ArgumentNullException.ThrowIfNull(document);
        var marked = (JsonObject)document.DeepClone();
        marked.Remove("proof");
        var paths = new List<string>();
        var relative = Mark(marked, "$", paths);
        if (relative is not null)
        {
            return relative;
        }

        var found = new HashSet<int>();
        foreach (var quad in JsonLdRdf.ToRdf(marked, contexts, JsonLdLimits.Default))
        {
            Collect(quad.Subject, found);
            Collect(quad.Value, found);
            if (quad.Graph is { } graph)
            {
                Collect(graph, found);
            }
        }

        for (var i = 0; i < paths.Count; i++)
        {
            if (!found.Contains(i))
            {
                return paths[i];
            }
        }

        return null;
    }

    /// <summary>Replaces each leaf value with a marker (its index in <paramref name="paths"/>); returns the path of an
    /// id that is neither an absolute IRI nor a blank node, which JSON-LD drops whatever the context.</summary>
    private static string? Mark(JsonNode? node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, value) in members.ToList())
                {
                    var at = path + "." + name;
                    // Embedded credentials (a CLR's parts) are each read and checked on their own.
                    if (Steering.Contains(name, StringComparer.Ordinal) || name == "verifiableCredential")
                    {
                        continue;
                    }

                    if (name is "id" or "@id" && value is JsonValue id && id.GetValueKind() == JsonValueKind.String)
                    {
                        var text = id.GetValue<string>();
                        if (!text.StartsWith("_:", StringComparison.Ordinal) && !Uri.TryCreate(text, UriKind.Absolute, out _))
                        {
                            return at;
                        }
                    }

                    if (value is JsonValue leaf)
                    {
                        members[name] = Next(at, paths);
                        continue;
                    }

                    if (Mark(value, at, paths) is { } bad)
                    {
                        return bad;
                    }
                }

                return null;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    if (items[i] is JsonValue)
                    {
                        items[i] = Next(at, paths);
                    }
                    else if (Mark(items[i], at, paths) is { } bad)
                    {
                        return bad;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static JsonValue Next(string path, List<string> paths)
    {
        paths.Add(path);
        return JsonValue.Create(Marker + (paths.Count - 1).ToString(CultureInfo.InvariantCulture));
    }

    private static void Collect(RdfTerm term, HashSet<int> found)
    {
        var value = term.Value;
        for (var at = value.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = value.IndexOf(Marker, at + 1, StringComparison.Ordinal))
        {
            var start = at + Marker.Length;
            var end = start;
            while (end < value.Length && char.IsAsciiDigit(value[end]))
            {
                end++;
            }

            if (int.TryParse(value.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                found.Add(index);
            }
        }
    }
}
