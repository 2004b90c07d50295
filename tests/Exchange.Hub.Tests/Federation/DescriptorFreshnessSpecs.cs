using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Signing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// A peer's descriptor is judged at this hub's clock: signed by a key pinned and valid now, and issued within the
/// freshness window. UA pinned with its current key #2 (since a month) and its retired key #1 (until a month ago).
/// </summary>
public sealed class DescriptorFreshnessSpecs : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly ECDsa _retired = Es256.CreateKey();
    private readonly ECDsa _current = Es256.CreateKey();
    private readonly ECDsa _next = Es256.CreateKey();
    private readonly PinnedPeer _pinned;

    public DescriptorFreshnessSpecs() =>
        _pinned = new PinnedPeer("hub-ua", "UA", new Uri("http://127.0.0.1:5100"),
        [
            new PinnedKey("hub-ua#1", _retired, Now.AddYears(-1), Now.AddDays(-30)),
            new PinnedKey("hub-ua#2", _current, Now.AddDays(-30), null),
        ], DescriptorSequence: 40);

    [Fact]
    public void A_retired_key_signing_a_back_dated_descriptor_with_a_high_sequence_is_refused()
    {
        // Back-dated into the retired key's window, listing an attacker's key and endpoint.
        var forged = Signed(Descriptor(1_000, Now.AddDays(-60), Listed("hub-ua#evil", _next, KeyStatus.Active)), ("hub-ua#1", _retired));

        var refusal = Assert.Throws<HubException>(() => DescriptorAcceptance.Accept(_pinned, forged, Now));

        Assert.Equal("DESCRIPTOR_STALE", refusal.Reason);
        Assert.Equal(ErrorKind.PermissionDenied, refusal.Kind);
    }

    [Fact]
    public void A_retired_key_cannot_vouch_for_a_fresh_descriptor_either()
    {
        var forged = Signed(Descriptor(1_000, Now, Listed("hub-ua#evil", _next, KeyStatus.Active)), ("hub-ua#1", _retired));

        var refusal = Assert.Throws<HubException>(() => DescriptorAcceptance.Accept(_pinned, forged, Now));

        Assert.Equal("DESCRIPTOR_SIGNATURE_INVALID", refusal.Reason);
    }

    [Fact]
    public void A_stale_descriptor_signed_by_the_current_key_is_refused()
    {
        var stale = Signed(Descriptor(41, Now.AddMinutes(-11), Listed("hub-ua#2", _current, KeyStatus.Active)), ("hub-ua#2", _current));

        var refusal = Assert.Throws<HubException>(() => DescriptorAcceptance.Accept(_pinned, stale, Now));

        Assert.Equal("DESCRIPTOR_STALE", refusal.Reason);
    }

    [Fact]
    public void A_fresh_descriptor_by_the_current_key_listing_a_new_key_is_accepted_and_keeps_the_retired_keys_window()
    {
        var rotation = Descriptor(41, Now.AddMinutes(-2),
            Listed("hub-ua#2", _current, KeyStatus.Retired, notBefore: Now.AddDays(-30), notAfter: Now.AddMinutes(8)),
            Listed("hub-ua#3", _next, KeyStatus.Active, notBefore: Now.AddMinutes(-2)));

        var accepted = DescriptorAcceptance.Accept(_pinned, Signed(rotation, ("hub-ua#2", _current), ("hub-ua#3", _next)), Now);

        Assert.Equal(41, accepted.DescriptorSequence);
        Assert.True(accepted.FindKey("hub-ua#3")!.IsValidAt(Now));
        var retired = accepted.FindKey("hub-ua#2")!;
        Assert.True(retired.IsValidAt(Now.AddDays(-1)));
        Assert.False(retired.IsValidAt(Now.AddMinutes(8)));
    }

    [Fact]
    public void A_revoked_key_stays_pinned_only_for_what_it_signed_before_its_cut_off()
    {
        var cutOff = Now.AddDays(-3);
        var revocation = Descriptor(41, Now,
            Listed("hub-ua#2", _current, KeyStatus.Revoked, notBefore: Now.AddDays(-30), revokedAt: cutOff),
            Listed("hub-ua#3", _next, KeyStatus.Active, notBefore: Now));

        var accepted = DescriptorAcceptance.Accept(_pinned, Signed(revocation, ("hub-ua#2", _current), ("hub-ua#3", _next)), Now);

        var revoked = accepted.FindKey("hub-ua#2")!;
        Assert.True(revoked.IsValidAt(cutOff.AddSeconds(-1)));
        Assert.False(revoked.IsValidAt(cutOff));
        // Nothing the revoked key signs now is trusted any more.
        var later = Signed(Descriptor(42, Now, Listed("hub-ua#evil", _retired, KeyStatus.Active)), ("hub-ua#2", _current));
        Assert.Throws<HubException>(() => DescriptorAcceptance.Accept(accepted, later, Now));
    }

    [Fact]
    public void A_descriptor_whose_sequence_is_not_higher_changes_nothing()
    {
        var same = Signed(Descriptor(40, Now, Listed("hub-ua#3", _next, KeyStatus.Active)), ("hub-ua#2", _current));

        var accepted = DescriptorAcceptance.Accept(_pinned, same, Now);

        Assert.Same(_pinned, accepted);
    }

    [Fact]
    public void A_descriptor_accepted_before_a_restart_is_restored_although_it_is_no_longer_fresh()
    {
        var accepted = Signed(Descriptor(41, Now.AddDays(-2), Listed("hub-ua#2", _current, KeyStatus.Active)), ("hub-ua#2", _current));

        Assert.Equal(41, DescriptorAcceptance.Restore(_pinned, accepted).DescriptorSequence);
        Assert.Throws<HubException>(() => DescriptorAcceptance.Restore(_pinned, Signed(Descriptor(42, Now, Listed("hub-ua#2", _current, KeyStatus.Active)), ("hub-ua#9", _next))));
    }

    public void Dispose()
    {
        _retired.Dispose();
        _current.Dispose();
        _next.Dispose();
    }

    private static HubDescriptor Descriptor(long sequence, DateTimeOffset issuedAt, params PublicKey[] keys)
    {
        var descriptor = new HubDescriptor
        {
            HubId = "hub-ua",
            CountryCode = "UA",
            GrpcEndpoint = "http://127.0.0.1:5100",
            Sequence = sequence,
            IssuedAt = Timestamp.FromDateTimeOffset(issuedAt),
            ApiVersion = "exchange.v1",
        };
        descriptor.Keys.AddRange(keys);
        return descriptor;
    }

    private static SignedHubDescriptor Signed(HubDescriptor descriptor, params (string KeyId, ECDsa Key)[] signers) =>
        HubDescriptorSigner.Sign(descriptor, signers);

    private static PublicKey Listed(
        string keyId, ECDsa key, KeyStatus status, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null, DateTimeOffset? revokedAt = null)
    {
        var listed = new PublicKey
        {
            KeyId = keyId,
            OwnerId = "hub-ua",
            Algorithm = SignatureAlgorithm.Es256,
            SpkiDer = ByteString.CopyFrom(key.ExportSubjectPublicKeyInfo()),
            Validity = new ValidityWindow { NotBefore = Timestamp.FromDateTimeOffset(notBefore ?? Now.AddYears(-1)) },
            Status = status,
        };
        if (notAfter is { } end)
        {
            listed.Validity.NotAfter = Timestamp.FromDateTimeOffset(end);
        }

        if (revokedAt is { } cutOff)
        {
            listed.RevokedAt = Timestamp.FromDateTimeOffset(cutOff);
        }

        return listed;
    }
}
