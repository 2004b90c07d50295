using System.Text.Json;
using System.Text.Json.Serialization;
using Exchange.Hub.Trust;

namespace Exchange.Hub.Federation.Peers;

/// <summary>
/// The peers a national centre has decided to trust, in a JSON file it can read and review line by line
/// (Hub:FederationFile). Keys are pinned here, out of band; a peer can later announce a rotated key only in a
/// descriptor signed by a key pinned here.
/// </summary>
/// <example>
/// { "peers": [ { "hubId": "hub-ua", "country": "UA", "grpcEndpoint": "http://127.0.0.1:5100",
///   "keys": [ { "keyId": "hub-ua#1a2b3c4d5e6f7a8b", "spki": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...",
///               "validFrom": "2026-01-01T00:00:00Z", "validUntil": null } ] } ] }
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

        var keys = entry.Keys.Select(k => new PinnedKey(
            k.KeyId, Es256.ImportPublicKey(Convert.FromBase64String(k.Spki)), k.ValidFrom, k.ValidUntil)).ToList();
        return new PinnedPeer(entry.HubId, entry.Country, endpoint, keys);
    }

    private sealed record FileModel(List<PeerEntry> Peers);
}

/// <summary>One peer as written in the federation file.</summary>
public sealed record PeerEntry(string HubId, string Country, string GrpcEndpoint, List<KeyEntry> Keys);

/// <summary>One pinned key as written in the federation file: SPKI DER in base64.</summary>
public sealed record KeyEntry(string KeyId, string Spki, DateTimeOffset ValidFrom, DateTimeOffset? ValidUntil);
