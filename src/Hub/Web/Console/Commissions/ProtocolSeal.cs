using System.Security.Cryptography;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Signing;

namespace Exchange.Hub.Web.Console.Commissions;

/// <summary>What checking a sealed protocol found.</summary>
public enum SealStatus
{
    /// <summary>The signature holds over the protocol bytes under the named key of this hub.</summary>
    Verified,

    /// <summary>The hub has no attestation key with the protocol's key id.</summary>
    UnknownKey,

    /// <summary>The key exists but was not valid when the protocol was produced.</summary>
    OutsideKeyWindow,

    /// <summary>The signature does not hold: the bytes or the signature changed.</summary>
    BadSignature,
}

/// <summary>The result of checking a sealed protocol, with the key it names and that key's SHA-256 fingerprint
/// (of its public key, SubjectPublicKeyInfo), so a reader can compare it with the hub's published key.</summary>
public sealed record ProtocolCheck(SealStatus Status, string KeyId, string? KeyFingerprint)
{
    public bool Verified => Status == SealStatus.Verified;
}

/// <summary>
/// Checks a sealed commission protocol the way anyone holding the hub's public keys would: ES256 in the
/// commission-protocol signing context (trust.proto) over the protocol bytes exactly as sealed, under the attestation
/// key the seal names, valid when the protocol was produced. The page shows the outcome; it never trusts its own
/// copy of the protocol instead of the bytes.
/// </summary>
public static class ProtocolSeal
{
    public static ProtocolCheck Check(SealedProtocol seal, IReadOnlyList<PinnedKey> hubKeys, DateTimeOffset producedAt)
    {
        var key = hubKeys.FirstOrDefault(k => string.Equals(k.KeyId, seal.HubKeyId, StringComparison.Ordinal));
        if (key is null)
        {
            return new ProtocolCheck(SealStatus.UnknownKey, seal.HubKeyId, null);
        }

        var fingerprint = Fingerprint(key.PublicKey);
        if (!key.IsValidAt(producedAt))
        {
            return new ProtocolCheck(SealStatus.OutsideKeyWindow, key.KeyId, fingerprint);
        }

        var digest = SignedDigest.Compute(SigningContext.CommissionProtocol, seal.ProtocolBytes);
        return new ProtocolCheck(Es256.Verify(key.PublicKey, digest, seal.Signature) ? SealStatus.Verified : SealStatus.BadSignature,
            key.KeyId, fingerprint);
    }

    /// <summary>SHA-256 of the key's SubjectPublicKeyInfo, in hex pairs.</summary>
    public static string Fingerprint(ECDsa key) =>
        string.Join(':', SHA256.HashData(key.ExportSubjectPublicKeyInfo()).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
}
