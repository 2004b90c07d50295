using System.Text.Json;
using System.Text.Json.Serialization;
using Exchange.Hub.Security;

namespace Exchange.Hub.Signing.KeyRing;

/// <summary>
/// <c>keyring.json</c> in the hub's keys folder (Hub:KeysFolder, shared by every silo of a hub): the current and the
/// earlier keys of each kind with their windows, each naming its PEM file in the same folder. Without the file the
/// folder holds the first two keys (<c>hub-attestation.pem</c>, <c>token-signing.pem</c>), both active since ever,
/// so a hub that never rotated needs no ring file; the <c>keys</c> command writes it on the first change.
/// </summary>
public static class KeyRingFile
{
    public const string Name = "keyring.json";
    public const string FirstAttestationFile = "hub-attestation.pem";
    public const string FirstTokenFile = "token-signing.pem";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The ring as written, or the first keys (created if missing) when no ring was written yet.</summary>
    public static KeyRingDocument Load(string hubId, string keysFolder)
    {
        var path = Path.Combine(keysFolder, Name);
        if (!File.Exists(path))
        {
            return First(hubId, keysFolder);
        }

        var document = JsonSerializer.Deserialize<KeyRingDocument>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"Key ring {path} is empty.");
        _ = document.ActiveOf(HubKeyKind.Attestation);
        _ = document.ActiveOf(HubKeyKind.Tokens);
        return document;
    }

    /// <summary>Writes the ring atomically (a rename), readable by the hub's user only, so a silo never reads half of it.</summary>
    public static void Save(string keysFolder, KeyRingDocument document)
    {
        Directory.CreateDirectory(keysFolder);
        var path = Path.Combine(keysFolder, Name);
        PrivateFile.Replace(path, JsonSerializer.Serialize(document, Json));
    }

    private static KeyRingDocument First(string hubId, string keysFolder)
    {
        using var attestation = KeyFile.LoadOrCreate(Path.Combine(keysFolder, FirstAttestationFile));
        using var tokens = KeyFile.LoadOrCreate(Path.Combine(keysFolder, FirstTokenFile));
        return new KeyRingDocument(
            [new HubKeyEntry(KeyFile.KeyIdOf(hubId, attestation), FirstAttestationFile, HubKeyStatus.Active, DateTimeOffset.UnixEpoch)],
            [new HubKeyEntry(KeyFile.KeyIdOf(TokenOwner(hubId), tokens), FirstTokenFile, HubKeyStatus.Active, DateTimeOffset.UnixEpoch)]);
    }

    public static string OwnerOf(string hubId, HubKeyKind kind) => kind == HubKeyKind.Attestation ? hubId : TokenOwner(hubId);

    private static string TokenOwner(string hubId) => hubId + "/tokens";
}
