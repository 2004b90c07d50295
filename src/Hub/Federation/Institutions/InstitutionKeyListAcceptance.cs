using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping.Enums;
using Exchange.Hub.Signing;
using Google.Protobuf;

namespace Exchange.Hub.Federation.Institutions;

/// <summary>Why a peer's institution key list was not accepted.</summary>
public enum KeyListRefusal
{
    /// <summary>The list bytes do not decode.</summary>
    Malformed = 1,

    /// <summary>The list is published for another hub than the one that answered.</summary>
    WrongHub = 2,

    /// <summary>The signing key is not among the peer's pinned keys.</summary>
    UnknownKey = 3,

    /// <summary>The pinned key is not valid now (retired or revoked), or was not when the list was issued.</summary>
    KeyNotValid = 4,

    /// <summary>The signature does not verify.</summary>
    SignatureInvalid = 5,

    /// <summary>The list is older than one already accepted (a replay of a list from before a revocation).</summary>
    SequenceRegressed = 6,

    /// <summary>The list was issued too far from this hub's clock: a back-dated or replayed old list.</summary>
    Stale = 7,
}

/// <summary>The outcome of checking a peer's signed list: the keys, or the refusal and why.</summary>
public sealed record KeyListAcceptance(PeerInstitutionKeys? Keys, KeyListRefusal? Refusal, string Detail);

/// <summary>
/// The rules for accepting a peer's <see cref="SignedInstitutionKeyList"/>: signed in domain
/// <see cref="SigningContext.InstitutionKeyList"/> by a pinned key of that peer valid now (the signer chooses
/// issued_at, so only the verifier's clock can tell that a key was retired or revoked), issued within
/// <see cref="DescriptorAcceptance.Freshness"/> of now, published for that peer, and not older than the list already
/// held (equal is accepted: the same content, fresher).
/// </summary>
public static class InstitutionKeyListAcceptance
{
    public static KeyListAcceptance Accept(PinnedPeer peer, SignedInstitutionKeyList signedList, long knownSequence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(signedList);
        InstitutionKeyList list;
        try
        {
            list = InstitutionKeyList.Parser.ParseFrom(signedList.ListBytes);
        }
        catch (InvalidProtocolBufferException)
        {
            return Refused(KeyListRefusal.Malformed, $"Hub {peer.HubId} answered with list bytes that are not an institution key list.");
        }

        if (!string.Equals(list.HubId, peer.HubId, StringComparison.Ordinal))
        {
            return Refused(KeyListRefusal.WrongHub, $"Hub {peer.HubId} answered with the institution key list of hub '{list.HubId}'.");
        }

        var issuedAt = list.IssuedAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue;
        if ((issuedAt - now).Duration() > DescriptorAcceptance.Freshness)
        {
            return Refused(KeyListRefusal.Stale, $"The institution key list of hub {peer.HubId} was issued at {issuedAt:O}, more than {DescriptorAcceptance.Freshness.TotalMinutes:0} minutes from now ({now:O}).");
        }

        var key = peer.FindKey(signedList.HubKeyId);
        if (key is null)
        {
            return Refused(KeyListRefusal.UnknownKey, $"The institution key list of hub {peer.HubId} is signed by key '{signedList.HubKeyId}', which is not pinned for it.");
        }

        if (!key.IsValidAt(now) || !key.IsValidAt(issuedAt))
        {
            return Refused(KeyListRefusal.KeyNotValid, $"Key {key.KeyId} of hub {peer.HubId} is not valid now ({now:O}) or was not at {issuedAt:O}, when the list was issued.");
        }

        var digest = SignedDigest.Compute(SigningContext.InstitutionKeyList, signedList.ListBytes.Memory);
        if (!Es256.Verify(key.PublicKey, digest, signedList.Signature.Span))
        {
            return Refused(KeyListRefusal.SignatureInvalid, $"The signature on the institution key list of hub {peer.HubId} does not verify with key {key.KeyId}.");
        }

        if (list.Sequence < knownSequence)
        {
            return Refused(KeyListRefusal.SequenceRegressed,
                $"Hub {peer.HubId} answered with institution key list {list.Sequence}, older than list {knownSequence} already accepted.");
        }

        var institutions = list.Institutions
            .GroupBy(i => i.InstitutionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PublicSigningKey>)[.. g.SelectMany(i => i.Keys).Select(ToSigningKey)], StringComparer.Ordinal);
        var qualityAssurance = list.Institutions
            .GroupBy(i => i.InstitutionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<QualityAssuranceStatus>)[.. g.SelectMany(i => i.QualityAssurance)], StringComparer.Ordinal);
        var outsideIssuers = new Dictionary<string, PeerOutsideIssuer>(StringComparer.Ordinal);
        foreach (var entry in list.Institutions)
        {
            foreach (var issuerId in entry.OutsideIssuerIds)
            {
                // The publishing registry keeps an issuer id unique; should a list still repeat one, the first wins.
                outsideIssuers.TryAdd(issuerId, new PeerOutsideIssuer(entry.InstitutionId, entry.Name ?? new MultilingualText(), entry.CountryCode,
                    [.. entry.CertificateRoots.Select(r => r.ToByteArray())]));
            }
        }

        var keys = new PeerInstitutionKeys(peer.HubId, list.Sequence, issuedAt, list.FreshUntil?.ToDateTimeOffset() ?? issuedAt, institutions, qualityAssurance, outsideIssuers);
        return new KeyListAcceptance(keys, null, $"Institution key list {list.Sequence} of hub {peer.HubId}, signed with key {key.KeyId}.");
    }

    private static PublicSigningKey ToSigningKey(PublicKey key) => new(
        key.KeyId,
        key.SpkiDer.ToByteArray(),
        key.Validity?.NotBefore?.ToDateTimeOffset(),
        key.Validity?.NotAfter?.ToDateTimeOffset(),
        key.Status is KeyStatus.Unspecified ? SigningKeyStatus.Pending : RegistryEnums.ToDomain(key.Status),
        DateTimeOffset.MinValue,
        key.RevokedAt?.ToDateTimeOffset(),
        key.StatusReason.Length == 0 ? null : key.StatusReason,
        Custodial: false,
        Rsa: key.Algorithm == SignatureAlgorithm.Rs256,
        Ed25519: key.Algorithm == SignatureAlgorithm.Eddsa);

    private static KeyListAcceptance Refused(KeyListRefusal refusal, string detail) => new(null, refusal, detail);
}
