using System.Text.Json;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>
/// The sealed payload as an EDC: a JSON-LD credential whose contexts are the VC base context and an ELM context the
/// mapper reads. The terms are read compacted, as those contexts define them, so a context this hub does not carry
/// (or an inline one, which could redefine any term) is refused by name rather than read under a guess.
/// </summary>
public static class EdcPayload
{
    /// <summary>The VC data model contexts an EDC builds on (v1 for ELM 3.x, v2 for the EBSI profile).</summary>
    private static readonly string[] BaseContexts = ["https://www.w3.org/2018/credentials/v1", "https://www.w3.org/ns/credentials/v2"];

    /// <summary>The ELM context the payload uses; null with the problem when a context is missing, unknown or inline.</summary>
    public static string? ElmContext(JsonObject credential, out string problem)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var node = credential["@context"];
        var entries = node switch
        {
            JsonArray array => array.ToList(),
            null => [],
            _ => [node],
        };
        if (entries.Count == 0)
        {
            problem = "The sealed payload has no @context: it is not an ELM JSON-LD credential.";
            return null;
        }

        string? elm = null;
        foreach (var entry in entries.Take(16))
        {
            if (entry is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                problem = "The sealed payload has an inline @context, which could redefine any term; only the contexts this hub carries are read.";
                return null;
            }

            var url = v.GetValue<string>();
            if (ElmMapper.Contexts.Contains(url))
            {
                elm ??= url;
            }
            else if (!BaseContexts.Contains(url, StringComparer.Ordinal))
            {
                problem = $"The sealed payload uses the context {OutsideChecks.Cut(url, 200)}, which this hub does not carry.";
                return null;
            }
        }

        problem = elm is null ? $"The sealed payload uses no ELM context ({string.Join(", ", ElmMapper.Contexts)})." : "";
        return elm;
    }

    /// <summary>The credential's types, for the report.</summary>
    public static IReadOnlyList<string> Types(JsonObject credential) => credential["type"] switch
    {
        JsonArray array => array.Take(16).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => OutsideChecks.Cut(v.GetValue<string>(), 60)).ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [OutsideChecks.Cut(v.GetValue<string>(), 60)],
        _ => [],
    };

    /// <summary>The credential's id, or "" when it states none.</summary>
    public static string Id(JsonObject credential) => JadesDocument.Text(credential, "id") is { } id ? OutsideChecks.Cut(id, 200) : "";
}
