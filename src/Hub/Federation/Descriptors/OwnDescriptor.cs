using Exchange.Contracts.V1;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Services;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Federation.Descriptors;

/// <summary>This hub's signed descriptor: identity, endpoint, frameworks and its attestation key, signed with that
/// key. Built once per process; the key's thumbprint-based id changes only when the key does.</summary>
public sealed class OwnDescriptor(IOptions<HubOptions> options, HubKeyRing keys, HubStartTime started)
{
    private readonly Lazy<SignedHubDescriptor> _signed = new(() => Build(options.Value, keys, started));

    public SignedHubDescriptor Current => _signed.Value;

    /// <summary>The entry a peer's national centre adds to its federation file to trust this hub.</summary>
    public Peers.PeerEntry PinEntry() => PinCommand.Entry(options.Value, keys);

    private static SignedHubDescriptor Build(HubOptions hub, HubKeyRing keys, HubStartTime started)
    {
        var descriptor = new HubDescriptor
        {
            HubId = hub.HubId,
            CountryCode = hub.Country,
            DisplayName = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = hub.DisplayName } } },
            GrpcEndpoint = hub.EffectivePublicGrpcEndpoint.ToString().TrimEnd('/'),
            Sequence = 1,
            IssuedAt = Timestamp.FromDateTimeOffset(started.Value),
            ApiVersion = "exchange.v1",
            SupportedContentTypes = { ContentType.ExchangeCredential },
            Keys =
            {
                new PublicKey
                {
                    KeyId = keys.AttestationKeyId,
                    OwnerId = hub.HubId,
                    Algorithm = SignatureAlgorithm.Es256,
                    SpkiDer = ByteString.CopyFrom(keys.AttestationKey.ExportSubjectPublicKeyInfo()),
                    Status = KeyStatus.Active,
                },
            },
        };
        descriptor.Frameworks.AddRange(FrameworkCapabilities.Describe());
        return HubDescriptorSigner.Sign(descriptor, [(keys.AttestationKeyId, keys.AttestationKey)]);
    }
}
