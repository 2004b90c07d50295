using System.Buffers.Text;
using System.Text.Json.Nodes;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>The header and payload of a compact JWS, read for printing only (the hubs and jose do the verifying).</summary>
internal sealed record CompactJws(JsonObject Header, JsonObject Payload)
{
    public static CompactJws Read(string jws)
    {
        var parts = jws.Trim().Split('.');
        if (parts.Length != 3)
        {
            throw new FormatException("Not a compact JWS (three dot-separated parts).");
        }

        return new CompactJws(Part(parts[0]), Part(parts[1]));
    }

    /// <summary>A string member at a dotted path, e.g. "credentialStatus.statusListCredential"; "" when absent.</summary>
    public string PayloadText(string path)
    {
        JsonNode? node = Payload;
        foreach (var name in path.Split('.'))
        {
            node = node is JsonObject o ? o[name] : null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
    }

    private static JsonObject Part(string encoded) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(encoded)) as JsonObject ?? throw new FormatException("A JWS part is not a JSON object.");
}
