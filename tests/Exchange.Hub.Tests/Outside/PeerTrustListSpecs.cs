using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Federation.Institutions;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Signing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Outside;

/// <summary>A peer's signed institution list as the trust list across the federation: its outside issuer ids,
/// certificate roots, RSA and Ed25519 keys survive acceptance, and an entry becomes a trusted issuer whose source is that hub.</summary>
public sealed class PeerTrustListSpecs : IDisposable
{
    private const string Issuer = "https://badges.knu.example/issuer";
    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly ECDsa _hubKey = Es256.CreateKey();
    private readonly ECDsa _badgeKey = Es256.CreateKey();
    private readonly RSA _rsaKey = RSA.Create(2048);
    private readonly byte[] _ed25519 = Ed25519Spki.FromRaw(RandomNumberGenerator.GetBytes(32));
    private readonly byte[] _root = TrustListSamples.CaCertificate();
    private readonly PinnedPeer _ua;

    public PeerTrustListSpecs() =>
        _ua = new PinnedPeer("hub-ua", "UA", new Uri("http://127.0.0.1:1"), [new PinnedKey("hub-ua#1", _hubKey, IssuedAt.AddYears(-1), IssuedAt.AddYears(1))]);

    [Fact]
    public void An_accepted_list_finds_an_institution_by_its_outside_issuer_id_with_roots_and_rsa_keys()
    {
        var keys = InstitutionKeyListAcceptance.Accept(_ua, Signed(List()), knownSequence: 0, now: IssuedAt).Keys!;

        var issuer = keys.OutsideIssuer(Issuer);
        Assert.NotNull(issuer);
        Assert.Equal(("UA-KNU", "UA"), (issuer.InstitutionId, issuer.CountryCode));
        Assert.Equal(_root, Assert.Single(issuer.CertificateRoots));
        Assert.Equal([false, true, false, false], keys.KeysOf("UA-KNU").Select(k => k.Rsa));
        Assert.Equal([PublicKeyKind.Es256, PublicKeyKind.Rs256, PublicKeyKind.EdDsa, PublicKeyKind.Es256], keys.KeysOf("UA-KNU").Select(k => k.Kind));
        Assert.Equal([true, false, false, true], keys.KeysOf("UA-KNU").Select(k => k.ForEnvelopes));
        Assert.Null(keys.OutsideIssuer("https://badges.knu.example/other"));
    }

    [Fact]
    public void A_peers_entry_is_a_trusted_issuer_from_that_hub_without_its_pending_keys()
    {
        var keys = InstitutionKeyListAcceptance.Accept(_ua, Signed(List()), knownSequence: 0, now: IssuedAt).Keys!;

        var trusted = RegistryOutsideIssuerTrust.FromPeer(Issuer, new PeerOutsideIssuerLookup(keys, keys.OutsideIssuer(Issuer)!));

        Assert.Equal((Issuer, "UA-KNU", "Taras Shevchenko National University of Kyiv", "UA", "hub-ua"),
            (trusted.IssuerId, trusted.InstitutionId, trusted.Name, trusted.CountryCode, trusted.Source));
        Assert.Equal(["badge-es256", "badge-rs256", "badge-eddsa"], trusted.Keys.Select(k => k.KeyId));
        Assert.Equal(_rsaKey.ExportSubjectPublicKeyInfo(), trusted.Keys[1].SpkiDer);
        Assert.True(Ed25519Spki.TryRaw(trusted.Keys[2].SpkiDer, out var raw) && raw.AsSpan().SequenceEqual(_ed25519.AsSpan(_ed25519.Length - 32)));
        Assert.Equal("CN=Test Badge Root", Assert.Single(trusted.CertificateRoots).Subject);
        Assert.Equal(QualityAssuranceOutcome.Positive, trusted.QualityAssurance!.Outcome);
    }

    public void Dispose()
    {
        _hubKey.Dispose();
        _badgeKey.Dispose();
        _rsaKey.Dispose();
    }

    private InstitutionKeyList List()
    {
        var entry = new InstitutionKeyEntry
        {
            InstitutionId = "UA-KNU",
            CountryCode = "UA",
            Name = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Taras Shevchenko National University of Kyiv" } } },
            OutsideIssuerIds = { Issuer },
            CertificateRoots = { ByteString.CopyFrom(_root) },
        };
        entry.Keys.Add(Key("badge-es256", SignatureAlgorithm.Es256, _badgeKey.ExportSubjectPublicKeyInfo(), KeyStatus.Active));
        entry.Keys.Add(Key("badge-rs256", SignatureAlgorithm.Rs256, _rsaKey.ExportSubjectPublicKeyInfo(), KeyStatus.Active));
        entry.Keys.Add(Key("badge-eddsa", SignatureAlgorithm.Eddsa, _ed25519, KeyStatus.Active));
        entry.Keys.Add(Key("badge-next", SignatureAlgorithm.Es256, _badgeKey.ExportSubjectPublicKeyInfo(), KeyStatus.Pending));
        entry.QualityAssurance.Add(new QualityAssuranceStatus
        {
            Agency = new OrganisationRef { OrganisationId = "NAQA" }, Scope = QualityAssuranceType.ExternalInstitutional, Result = QualityAssuranceResult.Positive,
            DecidedAt = Timestamp.FromDateTimeOffset(IssuedAt.AddYears(-2)),
        });
        var list = new InstitutionKeyList
        {
            HubId = "hub-ua",
            Sequence = 3,
            IssuedAt = Timestamp.FromDateTimeOffset(IssuedAt),
            FreshUntil = Timestamp.FromDateTimeOffset(IssuedAt.AddMinutes(5)),
        };
        list.Institutions.Add(entry);
        return list;
    }

    private static PublicKey Key(string id, SignatureAlgorithm algorithm, byte[] spki, KeyStatus status) =>
        new() { KeyId = id, OwnerId = "UA-KNU", Algorithm = algorithm, SpkiDer = ByteString.CopyFrom(spki), Status = status };

    private SignedInstitutionKeyList Signed(InstitutionKeyList list)
    {
        var bytes = list.ToByteArray();
        return new SignedInstitutionKeyList
        {
            ListBytes = ByteString.CopyFrom(bytes),
            HubKeyId = "hub-ua#1",
            Signature = ByteString.CopyFrom(Es256.Sign(_hubKey, SignedDigest.Compute(SigningContext.InstitutionKeyList, bytes))),
        };
    }
}
