using System.Security.Cryptography;

namespace Exchange.Hub.Security;

/// <summary>The hub's own private keys: one attests credential envelopes (and signs descriptors), one signs the
/// bearer tokens of its local API. Kept apart so a leaked token key cannot forge attestations.</summary>
public sealed class HubKeyRing : IDisposable
{
    public HubKeyRing(string hubId, string keysFolder)
    {
        HubId = hubId;
        AttestationKey = KeyFile.LoadOrCreate(Path.Combine(keysFolder, "hub-attestation.pem"));
        AttestationKeyId = KeyFile.KeyIdOf(hubId, AttestationKey);
        AttestationPublicKey = Trust.Es256.ImportPublicKey(AttestationKey.ExportSubjectPublicKeyInfo());
        TokenKey = KeyFile.LoadOrCreate(Path.Combine(keysFolder, "token-signing.pem"));
        TokenKeyId = KeyFile.KeyIdOf(hubId + "/tokens", TokenKey);
    }

    public string HubId { get; }

    public ECDsa AttestationKey { get; }

    public string AttestationKeyId { get; }

    /// <summary>The attestation key's public half alone, for verifying this hub's own envelopes exactly as a peer
    /// does with its pinned copy; the private key object stays the signer's (measured: verifying with it cost up to
    /// a third more, see docs/benchmarks.md).</summary>
    public ECDsa AttestationPublicKey { get; }

    public ECDsa TokenKey { get; }

    public string TokenKeyId { get; }

    public void Dispose()
    {
        AttestationKey.Dispose();
        AttestationPublicKey.Dispose();
        TokenKey.Dispose();
    }
}
