using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Publishing;

namespace Exchange.Hub.Tests.Outside;

/// <summary>Status entries and status list credentials as an outside issuer publishes them, for the status specs.</summary>
public static class OutsideStatusLists
{
    public static JsonObject Entry(string listUrl, int index, string purpose = "revocation") => new()
    {
        ["id"] = $"{listUrl}#{index}",
        ["type"] = "BitstringStatusListEntry",
        ["statusPurpose"] = purpose,
        ["statusListIndex"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["statusListCredential"] = listUrl,
    };

    /// <summary>A BitstringStatusListCredential of <paramref name="issuerId"/> with the given entries set, as a VC-JWT
    /// payload (the issuer signs it).</summary>
    public static JsonObject ListPayload(string issuerId, string listUrl, IEnumerable<int> set, string purpose = "revocation", DateTimeOffset? validUntil = null) => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
        ["id"] = listUrl,
        ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
        ["issuer"] = issuerId,
        ["validFrom"] = "2026-11-30T00:00:00Z",
        ["validUntil"] = (validUntil ?? new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero)).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        ["credentialSubject"] = new JsonObject
        {
            ["id"] = listUrl + "#list",
            ["type"] = "BitstringStatusList",
            ["statusPurpose"] = purpose,
            ["encodedList"] = BitstringStatusList.Encode(set),
        },
    };
}
