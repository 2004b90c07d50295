using System.Globalization;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// The payload of a published list: a VC 2.0 <c>BitstringStatusListCredential</c> with the JWT claims that repeat it
/// (<c>iss</c>, <c>jti</c>, <c>sub</c>, <c>nbf</c>, <c>exp</c>), so a JOSE library checks the window it states.
/// </summary>
public static class StatusListCredential
{
    /// <summary>How long a signed list is valid; it is signed again well before (see <see cref="StatusListPublisher"/>).</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromDays(1);

    public static JsonObject Build(string issuerId, Uri listUrl, string encodedList, DateTimeOffset validFrom)
    {
        ArgumentNullException.ThrowIfNull(listUrl);
        var from = DateTimeOffset.FromUnixTimeSeconds(validFrom.ToUnixTimeSeconds());
        var until = from + Validity;
        var id = listUrl.AbsoluteUri;
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = issuerId,
            ["validFrom"] = Instant(from),
            ["validUntil"] = Instant(until),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = id + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = "revocation",
                ["encodedList"] = encodedList,
            },
            ["iss"] = issuerId,
            ["jti"] = id,
            ["sub"] = id + "#list",
            ["nbf"] = from.ToUnixTimeSeconds(),
            ["exp"] = until.ToUnixTimeSeconds(),
        };
    }

    private static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
