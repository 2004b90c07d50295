using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Institutions;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Signing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Trust;

/// <summary>When a peer's signed institution key list is accepted, and when it is refused.</summary>
public sealed class InstitutionKeyListAcceptanceSpecs : IDisposable
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly ECDsa _hubKey = Es256.CreateKey();
    private readonly ECDsa _otherKey = Es256.CreateKey();
    private readonly PinnedPeer _ua;

    public InstitutionKeyListAcceptanceSpecs() =>
        _ua = new PinnedPeer("hub-ua", "UA", new Uri("http://127.0.0.1:1"), [new PinnedKey("hub-ua#1", _hubKey, IssuedAt.AddYears(-1), IssuedAt.AddYears(1))]);

    [Fact]
    public void A_list_signed_by_the_pinned_hub_key_is_accepted_with_every_institution_key_and_qa_status()
    {
        var accepted = InstitutionKeyListAcceptance.Accept(_ua, Signed(List(7), _hubKey, "hub-ua#1"), knownSequence: 0, now: IssuedAt);

        Assert.Null(accepted.Refusal);
        Assert.Equal(7, accepted.Keys!.Sequence);
        Assert.True(accepted.Keys.HasKey("UA-KNU", "UA-KNU#1"));
        Assert.True(accepted.Keys.HasKey("UA-KNU", "UA-KNU#0"));
        Assert.False(accepted.Keys.HasKey("UA-KNU", "UA-KNU#9"));
        Assert.Empty(accepted.Keys.KeysOf("UA-OTHER"));
        Assert.Equal(IssuedAt.AddMinutes(5), accepted.Keys.FreshUntil);
        Assert.Equal("AQAS", accepted.Keys.QualityAssuranceOf("UA-KNU").Single().Agency.OrganisationId);
        Assert.Empty(accepted.Keys.QualityAssuranceOf("UA-OTHER"));
    }

    [Fact]
    public void A_list_with_the_same_sequence_as_the_one_held_is_accepted()
    {
        var accepted = InstitutionKeyListAcceptance.Accept(_ua, Signed(List(7), _hubKey, "hub-ua#1"), knownSequence: 7, now: IssuedAt);

        Assert.Null(accepted.Refusal);
    }

    [Fact]
    public void A_list_older_than_the_one_held_is_refused()
    {
        var accepted = InstitutionKeyListAcceptance.Accept(_ua, Signed(List(6), _hubKey, "hub-ua#1"), knownSequence: 7, now: IssuedAt);

        Assert.Equal(KeyListRefusal.SequenceRegressed, accepted.Refusal);
        Assert.Null(accepted.Keys);
    }

    [Fact]
    public void A_list_signed_by_a_key_that_is_not_pinned_is_refused()
    {
        var accepted = InstitutionKeyListAcceptance.Accept(_ua, Signed(List(7), _otherKey, "hub-ua#rogue"), knownSequence: 0, now: IssuedAt);

        Assert.Equal(KeyListRefusal.UnknownKey, accepted.Refusal);
    }

    [Fact]
    public void A_list_whose_signature_was_made_with_another_key_than_the_pinned_one_it_names_is_refused()
    {
        var accepted = InstitutionKeyListAcceptance.Accept(_ua, Signed(List(7), _otherKey, "hub-ua#1"), knownSequence: 0, now: IssuedAt);

        Assert.Equal(KeyListRefusal.SignatureInvalid, accepted.Refusal);
    }

    [Fact]
    public void A_list_changed_after_signing_is_refused()
    {
        var signed = Signed(List(7), _hubKey, "hub-ua#1");
        var tampered = signed.ListBytes.ToByteArray();
        tampered[^1] ^= 1;
        signed.ListBytes = ByteString.CopyFrom(tampered);

        var accepted = InstitutionKeyListAcceptance.Accept(_ua, signed, knownSequence: 0, now: IssuedAt);

        Assert.NotNull(accepted.Refusal);
        Assert.Null(accepted.Keys);
    }

    [Fact]
    public void A_list_of_another_hub_is_refused_even_when_signed_by_this_peer()
    {
        var list = List(7);
        list.HubId = "hub-kz";

        var accepted = InstitutionKeyListAcceptance.Accept(_ua, Signed(list, _hubKey, "hub-ua#1"), knownSequence: 0, now: IssuedAt);

        Assert.Equal(KeyListRefusal.WrongHub, accepted.Refusal);
    }

    [Fact]
    public void A_list_issued_outside_the_pinned_key_window_is_refused()
    {
        var list = List(7);
        list.IssuedAt = Timestamp.FromDateTimeOffset(IssuedAt.AddYears(2));

        var accepted = InstitutionKeyListAcceptance.Accept(_ua, Signed(list, _hubKey, "hub-ua#1"), knownSequence: 0, now: IssuedAt.AddYears(2));

        Assert.Equal(KeyListRefusal.KeyNotValid, accepted.Refusal);
    }

    [Fact]
    public void A_list_signed_for_another_purpose_is_refused()
    {
        var bytes = List(7).ToByteArray();
        var signed = new SignedInstitutionKeyList
        {
            ListBytes = ByteString.CopyFrom(bytes),
            HubKeyId = "hub-ua#1",
            Signature = ByteString.CopyFrom(Es256.Sign(_hubKey, SignedDigest.Compute(SigningContext.HubDescriptor, bytes))),
        };

        Assert.Equal(KeyListRefusal.SignatureInvalid, InstitutionKeyListAcceptance.Accept(_ua, signed, knownSequence: 0, now: IssuedAt).Refusal);
    }

    [Fact]
    public void A_back_dated_list_signed_by_a_retired_key_is_refused()
    {
        // The key was retired a month ago; the list claims to be from before that, with a high sequence.
        var now = IssuedAt.AddDays(40);
        var retired = _ua with { Keys = [new PinnedKey("hub-ua#1", _hubKey, IssuedAt.AddYears(-1), IssuedAt.AddDays(10))] };

        var accepted = InstitutionKeyListAcceptance.Accept(retired, Signed(List(1_000), _hubKey, "hub-ua#1"), knownSequence: 7, now);

        Assert.Null(accepted.Keys);
        Assert.Equal(KeyListRefusal.Stale, accepted.Refusal);
    }

    [Fact]
    public void A_fresh_list_signed_by_a_retired_key_is_refused()
    {
        var now = IssuedAt.AddDays(40);
        var retired = _ua with { Keys = [new PinnedKey("hub-ua#1", _hubKey, IssuedAt.AddYears(-1), IssuedAt.AddDays(10))] };
        var list = List(1_000);
        list.IssuedAt = Timestamp.FromDateTimeOffset(now);

        var accepted = InstitutionKeyListAcceptance.Accept(retired, Signed(list, _hubKey, "hub-ua#1"), knownSequence: 7, now);

        Assert.Equal(KeyListRefusal.KeyNotValid, accepted.Refusal);
    }

    [Fact]
    public void A_stale_list_signed_by_the_current_key_is_refused()
    {
        var accepted = InstitutionKeyListAcceptance.Accept(_ua, Signed(List(8), _hubKey, "hub-ua#1"), knownSequence: 7, now: IssuedAt.AddMinutes(11));

        Assert.Equal(KeyListRefusal.Stale, accepted.Refusal);
    }

    [Fact]
    public void A_list_issued_a_few_minutes_ago_by_the_current_key_is_accepted()
    {
        var accepted = InstitutionKeyListAcceptance.Accept(_ua, Signed(List(8), _hubKey, "hub-ua#1"), knownSequence: 7, now: IssuedAt.AddMinutes(9));

        Assert.Equal(8, accepted.Keys!.Sequence);
    }

    public void Dispose()
    {
        _hubKey.Dispose();
        _otherKey.Dispose();
    }

    private static InstitutionKeyList List(long sequence)
    {
        using var institutionKey = Es256.CreateKey();
        var entry = new InstitutionKeyEntry { InstitutionId = "UA-KNU", CountryCode = "UA" };
        entry.Keys.Add(new PublicKey
        {
            KeyId = "UA-KNU#0", OwnerId = "UA-KNU", Algorithm = SignatureAlgorithm.Es256, SpkiDer = ByteString.CopyFrom(institutionKey.ExportSubjectPublicKeyInfo()),
            Status = KeyStatus.Revoked, RevokedAt = Timestamp.FromDateTimeOffset(IssuedAt.AddDays(-3)),
        });
        entry.Keys.Add(new PublicKey
        {
            KeyId = "UA-KNU#1", OwnerId = "UA-KNU", Algorithm = SignatureAlgorithm.Es256, SpkiDer = ByteString.CopyFrom(institutionKey.ExportSubjectPublicKeyInfo()),
            Status = KeyStatus.Active,
        });
        entry.QualityAssurance.Add(new QualityAssuranceStatus
        {
            Agency = new OrganisationRef { OrganisationId = "AQAS" }, Scope = QualityAssuranceType.ExternalInstitutional, Result = QualityAssuranceResult.Positive,
        });
        var list = new InstitutionKeyList
        {
            HubId = "hub-ua",
            Sequence = sequence,
            IssuedAt = Timestamp.FromDateTimeOffset(IssuedAt),
            FreshUntil = Timestamp.FromDateTimeOffset(IssuedAt.AddMinutes(5)),
        };
        list.Institutions.Add(entry);
        return list;
    }

    private static SignedInstitutionKeyList Signed(InstitutionKeyList list, ECDsa key, string keyId)
    {
        var bytes = list.ToByteArray();
        return new SignedInstitutionKeyList
        {
            ListBytes = ByteString.CopyFrom(bytes),
            HubKeyId = keyId,
            Signature = ByteString.CopyFrom(Es256.Sign(key, SignedDigest.Compute(SigningContext.InstitutionKeyList, bytes))),
        };
    }
}
