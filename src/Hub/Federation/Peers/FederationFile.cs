using System.Text.Json;
using System.Text.Json.Serialization;
using Exchange.Hub.Signing;

namespace Exchange.Hub.Federation.Peers;

/// <summary>
/// The peers a national centre has decided to trust, in a JSON file it can read and review line by line
/// (Hub:FederationFile). Keys are pinned here, out of band; a peer can later announce a rotated key only in a
/// descriptor signed by a key pinned here.
/// </summary>
/// <example>
/// { "peers": [ { "hubId": "hub-ua", "country": "UA", "grpcEndpoint": "https://127.0.0.1:5100",
///   "keys": [ { "keyId": "hub-ua#1a2b3c4d5e6f7a8b", "spki": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...",
///               "validFrom": "2026-01-01T00:00:00Z", "validUntil": null } ],
///   "tlsKeyPins": [ "q0QwzVbN1l3f4hGkCmH3G8v3Zp5Xj0m4o3vZr2fL1Ck=" ], "webUrl": "https://127.0.0.1:5101/" } ] }
/// </example>
public static class FederationFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<PinnedPeer> Load(string path)
    {
        var document = JsonSerializer.Deserialize<FileModel>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"Federation file {path} is empty.");
        return document.Peers.Select((peer, i) => ToPeer(peer, $"{path}: peers[{i}]")).ToList();
    }

    public static void Save(string path, IEnumerable<PeerEntry> peers)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(new FileModel([.. peers]), Json));
    }

    private static PinnedPeer ToPeer(PeerEntry entry, string where)
    {
        if (string.IsNullOrWhiteSpace(entry.HubId) || !Uri.TryCreate(entry.GrpcEndpoint, UriKind.Absolute, out var endpoint))
        {
            throw new InvalidDataException($"{where}: hubId and an absolute grpcEndpoint are required.");
        }

        if (entry.Keys.Count == 0)
        {
            throw new InvalidDataException($"{where}: at least one pinned key is required.");
        }

        var tlsKeyPins = entry.TlsKeyPins ?? [];
        if (Security.Transport.PeerTransportRule.Violation(entry.HubId, endpoint, tlsKeyPins) is { } violation)
        {
            throw new InvalidDataException($"{where}: {violation}");
        }

        Uri? webUrl = null;
        if (!string.IsNullOrWhiteSpace(entry.WebUrl))
        {
            webUrl = Hosting.HubOptionsValidator.IsWebAddress(entry.WebUrl.Trim())
                ? new Uri(entry.WebUrl.Trim(), UriKind.Absolute)
                : throw new InvalidDataException($"{where}: webUrl must be an absolute http or https URL without query or fragment.");
        }

        var keys = entry.Keys.Select(k => new PinnedKey(
            k.KeyId, Es256.ImportPublicKey(Convert.FromBase64String(k.Spki)), k.ValidFrom, k.ValidUntil)).ToList();
        return new PinnedPeer(entry.HubId, entry.Country, endpoint, keys) { TlsKeyPins = tlsKeyPins, WebUrl = webUrl };
    }

    private sealed record FileModel(List<PeerEntry> Peers);
}

/// <summary>One peer as written in the federation file. <see cref="TlsKeyPins"/>: base64 SHA-256 of the peer's TLS
/// SubjectPublicKeyInfo; required for an https endpoint (more than one while the peer changes its TLS key).
/// <see cref="WebUrl"/>: optional public address of the peer's web pages, so share links for it are right before its
/// first descriptor arrives (a descriptor's web_url replaces it).</summary>
public sealed record PeerEntry(string HubId, string Country, string GrpcEndpoint, List<KeyEntry> Keys, List<string>? TlsKeyPins = null, string? WebUrl = null);

/// <summary>One pinned key as written in the federation file: SPKI DER in base64.</summary>
public sealed record KeyEntry(string KeyId, string Spki, DateTimeOffset ValidFrom, DateTimeOffset? ValidUntil);
