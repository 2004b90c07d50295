using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Signing;
using Exchange.Hub.Web.Console.Commissions;

namespace Exchange.Hub.Tests.Web.Commissions;

/// <summary>The protocol page checks the seal as any holder of the hub's keys would, over the bytes as sealed.</summary>
public sealed class ProtocolSealSpecs : IDisposable
{
    private static readonly DateTimeOffset Produced = new(2026, 12, 10, 15, 0, 0, TimeSpan.Zero);
    private readonly System.Security.Cryptography.ECDsa _key = Es256.CreateKey();
    private readonly byte[] _bytes = [8, 1, 18, 3, 75, 90, 45];

    private PinnedKey Key(DateTimeOffset? until = null) => new("hub-kz-att-1", _key, Produced.AddYears(-1), until);

    private SealedProtocol Sealed(byte[]? bytes = null) => new(bytes ?? _bytes, "hub-kz-att-1",
        Es256.Sign(_key, SignedDigest.Compute(SigningContext.CommissionProtocol, _bytes)));

    public void Dispose() => _key.Dispose();

    [Fact]
    public void A_protocol_sealed_by_the_hubs_key_is_verified_and_names_the_key_and_its_fingerprint()
    {
        var check = ProtocolSeal.Check(Sealed(), [Key()], Produced);

        Assert.Equal((SealStatus.Verified, "hub-kz-att-1"), (check.Status, check.KeyId));
        Assert.Equal(ProtocolSeal.Fingerprint(_key), check.KeyFingerprint);
        Assert.Equal(32 * 3 - 1, check.KeyFingerprint!.Length);
    }

    [Fact]
    public void Changed_protocol_bytes_are_not_verified()
    {
        Assert.Equal(SealStatus.BadSignature, ProtocolSeal.Check(Sealed([8, 1, 18, 3, 75, 90, 46]), [Key()], Produced).Status);
    }

    [Fact]
    public void A_signature_in_another_signing_context_is_not_verified()
    {
        var other = new SealedProtocol(_bytes, "hub-kz-att-1", Es256.Sign(_key, SignedDigest.Compute(SigningContext.HubDescriptor, _bytes)));

        Assert.Equal(SealStatus.BadSignature, ProtocolSeal.Check(other, [Key()], Produced).Status);
    }

    [Fact]
    public void A_key_the_hub_does_not_have_or_one_retired_before_the_protocol_is_named_as_such()
    {
        Assert.Equal(SealStatus.UnknownKey, ProtocolSeal.Check(Sealed(), [Key() with { KeyId = "hub-kz-att-2" }], Produced).Status);
        Assert.Equal(SealStatus.OutsideKeyWindow, ProtocolSeal.Check(Sealed(), [Key(until: Produced.AddDays(-1))], Produced).Status);
    }
}
