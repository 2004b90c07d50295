using System.Security.Cryptography;
using Exchange.Hub.Federation.Peers;

namespace Exchange.Hub.Signing.KeyRing;

/// <summary>The hub's own private keys as listed in its key ring (<see cref="KeyRingFile"/>): one kind attests
/// credential envelopes (and signs descriptors), the other signs the bearer tokens of its local API. Kept apart so a
/// leaked token key cannot forge attestations. The active key of each kind signs; earlier keys are kept to verify
/// what they signed inside their windows and, for attestation keys, to vouch for the descriptor that replaced them.</summary>
public sealed class HubKeyRing : IDisposable
{
    private readonly List<ECDsa> _loaded = [];

    public HubKeyRing(string hubId, string keysFolder)
    {
        HubId = hubId;
        KeysFolder = keysFolder;
        var document = KeyRingFile.Load(hubId, keysFolder);
        var attestation = document.Attestation.Select(k => (Entry: k, Key: Load(k))).ToList();
        var tokens = document.Tokens.Select(k => (Entry: k, Key: Load(k))).ToList();

        var active = attestation.Single(k => k.Entry.Status == HubKeyStatus.Active);
        AttestationKey = active.Key;
        AttestationKeyId = active.Entry.KeyId;
        AttestationKeys = [.. attestation.Select(k => new PinnedKey(k.Entry.KeyId, PublicHalf(k.Key), k.Entry.NotBefore, k.Entry.ValidUntil))];
        Attestations = attestation;

        var token = tokens.Single(k => k.Entry.Status == HubKeyStatus.Active);
        TokenKey = token.Key;
        TokenKeyId = token.Entry.KeyId;
        TokenKeys = tokens;
    }

    public string HubId { get; }

    public string KeysFolder { get; }

    public ECDsa AttestationKey { get; }

    public string AttestationKeyId { get; }

    /// <summary>Every attestation key (public halves) with its window: what this hub's own envelopes verify against,
    /// exactly as a peer does with its pinned copy. The private key objects stay the signer's (measured: verifying
    /// with one cost up to a third more, see docs/benchmarks.md).</summary>
    public IReadOnlyList<PinnedKey> AttestationKeys { get; }

    /// <summary>Every attestation key with its private half and ring entry, active one included.</summary>
    public IReadOnlyList<(HubKeyEntry Entry, ECDsa Key)> Attestations { get; }

    public ECDsa TokenKey { get; }

    public string TokenKeyId { get; }

    /// <summary>Every token key with its ring entry: tokens signed by a retired key verify until they expire.</summary>
    public IReadOnlyList<(HubKeyEntry Entry, ECDsa Key)> TokenKeys { get; }

    public void Dispose()
    {
        foreach (var key in _loaded)
        {
            key.Dispose();
        }
    }

    private ECDsa Load(HubKeyEntry entry)
    {
        var path = Path.Combine(KeysFolder, entry.File);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Key {entry.KeyId} of the key ring names {path}, which does not exist; keep earlier keys' files.");
        }

        var key = KeyFile.LoadOrCreate(path);
        _loaded.Add(key);
        return key;
    }

    private ECDsa PublicHalf(ECDsa key)
    {
        var half = Es256.ImportPublicKey(key.ExportSubjectPublicKeyInfo());
        _loaded.Add(half);
        return half;
    }
}
