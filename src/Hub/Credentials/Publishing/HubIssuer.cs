using System.Text.Json.Nodes;
using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// This hub as the issuer of what it signs in outside formats (Open Badges 3.0 exports, status lists, recognition
/// decisions): an https URL of the hub, the origin of its public web address, so a verifier can tie the signing key
/// to it the way Open Badges 3.0 asks: the key must be in <c>{issuer}/.well-known/jwks.json</c>.
/// </summary>
public sealed class HubIssuer(IOptions<HubOptions> options)
{
    /// <summary>The issuer id: the origin of <see cref="HubOptions.EffectivePublicWebUrl"/>, no trailing slash, e.g.
    /// "https://exchange.example.ua" (or "http://127.0.0.1:5102" for a hub on a test loopback).</summary>
    public string Id { get; } = options.Value.EffectivePublicWebUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>The national centre's name as the hub is configured.</summary>
    public string Name { get; } = options.Value.DisplayName;

    public string HubId { get; } = options.Value.HubId;

    /// <summary>Where the hub's attestation keys are published.</summary>
    public Uri JwksUrl => new($"{Id}/.well-known/jwks.json");

    /// <summary>The JSON-LD context of Exchange's own terms, served by every hub with the same content.</summary>
    public Uri ContextUrl => new($"{Id}/contexts/exchange/v1.jsonld");

    /// <summary>The address of one status list credential, e.g. /status/credentials/1.</summary>
    public Uri StatusListUrl(string family, int number) => new($"{Id}/status/{family}/{number}");

    /// <summary>The hub as an Open Badges 3.0 / VC issuer Profile.</summary>
    public JsonObject Profile() => new()
    {
        ["id"] = Id,
        ["type"] = new JsonArray("Profile"),
        ["name"] = Name,
        ["url"] = Id,
    };
}
