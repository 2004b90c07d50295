using Exchange.Contracts.V1;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Federation.Descriptors;

/// <summary>This hub's signed descriptor: identity, endpoint, frameworks and every attestation key of its ring with
/// status and window. Re-signed whenever the one in hand is older than <see cref="ResignAfter"/>, so a peer always
/// receives one fresh by <see cref="DescriptorAcceptance.Freshness"/>. The sequence is taken once per start: what the
/// descriptor says (options, key ring) is fixed for the process's life, and peers keep every descriptor with a
/// higher sequence to replay the chain from their pin, so a new number per re-signing would grow it without end.
/// Signed by the active key and by every earlier attestation key still held: a peer that has not yet heard of a
/// rotation (or revocation) trusts only the old key, and this is how it learns of the new one.</summary>
public sealed class OwnDescriptor(IOptions<HubOptions> options, HubKeyRing keys, TimeProvider time)
{
    /// <summary>Well inside the freshness window, so a descriptor handed out just before re-signing is still fresh
    /// when it arrives.</summary>
    public static readonly TimeSpan ResignAfter = TimeSpan.FromMinutes(2);

    // Taken on first use under the gate: the only file I/O here, once per start.
    private readonly Lazy<long> _sequence = new(() => new DescriptorSequence(keys.KeysFolder).Next(), LazyThreadSafetyMode.None);
    private readonly Lock _gate = new();
    private Signed? _current;

    public SignedHubDescriptor Current
    {
        get
        {
            var now = time.GetUtcNow();
            lock (_gate)
            {
                if (_current is { } held && now - held.IssuedAt < ResignAfter && now >= held.IssuedAt)
                {
                    return held.Descriptor;
                }

                _current = new Signed(Build(options.Value, keys, _sequence.Value, now), now);
                return _current.Descriptor;
            }
        }
    }

    public static SignedHubDescriptor Build(HubOptions hub, HubKeyRing keys, long sequence, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(keys);
        var descriptor = new HubDescriptor
        {
            HubId = hub.HubId,
            CountryCode = hub.Country,
            DisplayName = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = hub.DisplayName } } },
            GrpcEndpoint = hub.EffectivePublicGrpcEndpoint.ToString().TrimEnd('/'),
            WebUrl = hub.EffectivePublicWebUrl.AbsoluteUri,
            Sequence = sequence,
            IssuedAt = Timestamp.FromDateTimeOffset(issuedAt),
            ApiVersion = "exchange.v1",
            SupportedContentTypes = { ContentType.ExchangeCredential },
        };
        descriptor.Keys.AddRange(keys.Attestations.Select(k => Listed(hub.HubId, k.Entry, k.Key)));
        descriptor.Frameworks.AddRange(FrameworkCapabilities.Describe());
        var signers = keys.Attestations
            .OrderBy(k => k.Entry.Status == HubKeyStatus.Active ? 0 : 1)
            .Select(k => (k.Entry.KeyId, k.Key))
            .ToList();
        return HubDescriptorSigner.Sign(descriptor, signers);
    }

    private static PublicKey Listed(string hubId, HubKeyEntry entry, System.Security.Cryptography.ECDsa key)
    {
        var listed = new PublicKey
        {
            KeyId = entry.KeyId,
            OwnerId = hubId,
            Algorithm = SignatureAlgorithm.Es256,
            SpkiDer = ByteString.CopyFrom(key.ExportSubjectPublicKeyInfo()),
            Validity = new ValidityWindow { NotBefore = Timestamp.FromDateTimeOffset(entry.NotBefore) },
            Status = entry.Status switch
            {
                HubKeyStatus.Active => KeyStatus.Active,
                HubKeyStatus.Retired => KeyStatus.Retired,
                _ => KeyStatus.Revoked,
            },
            StatusReason = entry.Reason ?? "",
        };
        if (entry.NotAfter is { } notAfter)
        {
            listed.Validity.NotAfter = Timestamp.FromDateTimeOffset(notAfter);
        }

        if (entry.RevokedAt is { } cutOff)
        {
            listed.RevokedAt = Timestamp.FromDateTimeOffset(cutOff);
        }

        return listed;
    }

    private sealed record Signed(SignedHubDescriptor Descriptor, DateTimeOffset IssuedAt);
}
