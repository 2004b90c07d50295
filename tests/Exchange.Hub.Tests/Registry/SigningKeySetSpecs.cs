using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Registry;

namespace Exchange.Hub.Tests.Registry;

public sealed class SigningKeySetSpecs
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_key_is_active_and_a_successor_waits_as_pending_until_the_old_key_is_retired()
    {
        var (keys, first) = SigningKeySet.Add([], Custodial("k1"), T0, Wrap);
        var (withSuccessor, second) = SigningKeySet.Add(keys, Custodial("k2"), T0.AddDays(1), Wrap);
        Assert.Equal(SigningKeyStatus.Active, first.Status);
        Assert.Equal(SigningKeyStatus.Pending, second.Status);
        Assert.Equal("k1", SigningKeySet.SigningKeyAt(withSuccessor, T0.AddDays(2))!.KeyId);

        var (rotated, retired) = SigningKeySet.Retire(withSuccessor, "k1", "rotation", T0.AddDays(3));
        Assert.Equal(SigningKeyStatus.Retired, retired.Status);
        Assert.Equal("k2", SigningKeySet.SigningKeyAt(rotated, T0.AddDays(4))!.KeyId);
    }

    [Fact]
    public void A_retired_key_keeps_its_old_signatures_valid_and_refuses_new_ones()
    {
        var (keys, _) = SigningKeySet.Add([], Custodial("k1"), T0, Wrap);
        (keys, _) = SigningKeySet.Add(keys, Custodial("k2"), T0, Wrap);
        var (_, retired) = SigningKeySet.Retire(keys, "k1", null, T0.AddDays(10));
        Assert.True(retired.ValidAt(T0.AddDays(5)));
        Assert.False(retired.ValidAt(T0.AddDays(11)));
    }

    [Fact]
    public void The_only_usable_key_cannot_be_retired()
    {
        var (keys, _) = SigningKeySet.Add([], Custodial("k1"), T0, Wrap);
        var refusal = Assert.Throws<HubException>(() => SigningKeySet.Retire(keys, "k1", null, T0.AddDays(1)));
        Assert.Equal(ErrorKind.FailedPrecondition, refusal.Kind);
    }

    [Fact]
    public void Revocation_invalidates_signatures_from_its_instant_and_cannot_be_repeated()
    {
        var (keys, _) = SigningKeySet.Add([], Custodial("k1"), T0, Wrap);
        var (revokedKeys, revoked) = SigningKeySet.Revoke(keys, "k1", T0.AddDays(3), "compromise", T0.AddDays(5));
        Assert.True(revoked.ValidAt(T0.AddDays(2)));
        Assert.False(revoked.ValidAt(T0.AddDays(4)));
        Assert.False(revoked.IsCustodial);
        Assert.Null(SigningKeySet.SigningKeyAt(revokedKeys, T0.AddDays(6)));
        Assert.Equal(ErrorKind.FailedPrecondition, Assert.Throws<HubException>(() => SigningKeySet.Revoke(revokedKeys, "k1", null, null, T0.AddDays(6))).Kind);
    }

    [Fact]
    public void Key_ids_are_unique_and_unknown_keys_are_not_found_and_non_P256_keys_are_refused()
    {
        var (keys, _) = SigningKeySet.Add([], Custodial("k1"), T0, Wrap);
        Assert.Equal(ErrorKind.AlreadyExists, Assert.Throws<HubException>(() => SigningKeySet.Add(keys, Custodial("k1"), T0, Wrap)).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<HubException>(() => SigningKeySet.Retire(keys, "nope", null, T0)).Kind);
        using var p384 = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP384);
        var foreign = new NewSigningKey("k9", p384.ExportSubjectPublicKeyInfo(), null, null, false, true);
        Assert.Equal(ErrorKind.InvalidArgument, Assert.Throws<HubException>(() => SigningKeySet.Add(keys, foreign, T0, Wrap)).Kind);
    }

    /// <summary>A stand-in for the hub's key-encryption key: what SigningKeySet keeps is whatever it returns.</summary>
    private static byte[] Wrap(string keyId, byte[] pkcs8) => [.. System.Text.Encoding.UTF8.GetBytes(keyId), .. pkcs8.Select(b => (byte)~b)];

    private static NewSigningKey Custodial(string id) => new(id, null, null, null, GenerateCustodial: true, Activate: false);
}
