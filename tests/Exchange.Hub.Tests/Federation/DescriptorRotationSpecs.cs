using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Signing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Federation;

public sealed class DescriptorRotationSpecs : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly ECDsa _old = Es256.CreateKey();
    private readonly ECDsa _new = Es256.CreateKey();
    private readonly PinnedPeer _pinned;

    public DescriptorRotationSpecs() =>
        _pinned = new PinnedPeer("hub-ua", "UA", new Uri("http://127.0.0.1:5100"),
            [new PinnedKey("hub-ua#old", _old, Now.AddYears(-1), null)]);

    [Fact]
    public void A_new_key_announced_in_a_descriptor_signed_by_the_pinned_key_becomes_trusted()
    {
        var rotated = DescriptorAcceptance.Accept(_pinned, Descriptor(1, ("hub-ua#old", _old), ("hub-ua#new", _new)), Now);

        Assert.Equal(1, rotated.DescriptorSequence);
        Assert.NotNull(rotated.FindKey("hub-ua#new"));
        // The old key stays, retired but valid within its window, so its earlier signatures still verify.
        Assert.NotNull(rotated.FindKey("hub-ua#old"));

        var next = DescriptorAcceptance.Accept(rotated, Descriptor(2, ("hub-ua#new", _new)), Now);
        Assert.Equal(2, next.DescriptorSequence);
    }

    [Fact]
    public void A_descriptor_signed_only_by_a_key_nobody_pinned_is_refused()
    {
        var refusal = Assert.Throws<HubException>(() => DescriptorAcceptance.Accept(_pinned, Descriptor(1, ("hub-ua#new", _new)), Now));
        Assert.Equal("DESCRIPTOR_SIGNATURE_INVALID", refusal.Reason);
        Assert.Equal(ErrorKind.PermissionDenied, refusal.Kind);
    }

    [Fact]
    public void A_descriptor_whose_bytes_were_changed_after_signing_is_refused()
    {
        var presented = Descriptor(1, ("hub-ua#old", _old));
        var bytes = presented.DescriptorBytes.ToByteArray();
        bytes[^1] ^= 1;
        presented.DescriptorBytes = ByteString.CopyFrom(bytes);

        Assert.Throws<HubException>(() => DescriptorAcceptance.Accept(_pinned, presented, Now));
    }

    [Fact]
    public void An_older_descriptor_never_replaces_a_newer_one()
    {
        var current = DescriptorAcceptance.Accept(_pinned, Descriptor(5, ("hub-ua#old", _old), ("hub-ua#new", _new)), Now);
        var replayed = DescriptorAcceptance.Accept(current, Descriptor(3, ("hub-ua#new", _new)), Now);

        Assert.Equal(5, replayed.DescriptorSequence);
        Assert.Same(current, replayed);
    }

    [Fact]
    public void Another_hubs_descriptor_is_refused_even_when_its_signature_verifies()
    {
        var foreign = Descriptor(1, ("hub-ua#old", _old), hubId: "hub-lv");
        Assert.Throws<HubException>(() => DescriptorAcceptance.Accept(_pinned, foreign, Now));
    }

    public void Dispose()
    {
        _old.Dispose();
        _new.Dispose();
    }

    private SignedHubDescriptor Descriptor(long sequence, (string KeyId, ECDsa Key) signer, (string KeyId, ECDsa Key)? announced = null, string hubId = "hub-ua")
    {
        var descriptor = new HubDescriptor
        {
            HubId = hubId,
            CountryCode = "UA",
            GrpcEndpoint = "http://127.0.0.1:5100",
            Sequence = sequence,
            IssuedAt = Timestamp.FromDateTimeOffset(Now),
            ApiVersion = "exchange.v1",
            Keys = { Key("hub-ua#old", _old, KeyStatus.Retired) },
        };
        if (announced is { } extra)
        {
            descriptor.Keys.Add(Key(extra.KeyId, extra.Key, KeyStatus.Active));
        }
        else if (signer.KeyId == "hub-ua#new")
        {
            descriptor.Keys.Add(Key("hub-ua#new", _new, KeyStatus.Active));
        }

        return HubDescriptorSigner.Sign(descriptor, [signer]);
    }

    private static PublicKey Key(string keyId, ECDsa key, KeyStatus status) => new()
    {
        KeyId = keyId,
        OwnerId = "hub-ua",
        Algorithm = SignatureAlgorithm.Es256,
        SpkiDer = ByteString.CopyFrom(key.ExportSubjectPublicKeyInfo()),
        Validity = new ValidityWindow { NotBefore = Timestamp.FromDateTimeOffset(Now.AddYears(-1)) },
        Status = status,
    };
}
