using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Tests.Security;

/// <summary>How the hub's key ring changes: a rotation retires the active key with a handover and keeps it for what
/// it signed; a revocation cuts a key's window at a date; the <c>keys</c> command writes the ring the hub reads.</summary>
public sealed class KeyRingRotationSpecs : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "exchange-keyring-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_rotation_retires_the_active_key_after_a_handover_and_makes_the_new_key_active_from_now()
    {
        var ring = Ring();

        var rotated = KeyRingChanges.Rotate(ring, HubKeyKind.Attestation, Entry("hub-ua#b", "b.pem"), Now);

        var old = rotated.Attestation.Single(k => k.KeyId == "hub-ua#a");
        Assert.Equal(HubKeyStatus.Retired, old.Status);
        Assert.Equal(Now + KeyRingChanges.Handover, old.NotAfter);
        Assert.True(old.IsValidAt(Now.AddDays(-1)));
        Assert.False(old.IsValidAt(Now + KeyRingChanges.Handover));
        Assert.Equal("hub-ua#b", rotated.ActiveOf(HubKeyKind.Attestation).KeyId);
        Assert.Equal(Now, rotated.ActiveOf(HubKeyKind.Attestation).NotBefore);
        Assert.Equal(ring.Tokens, rotated.Tokens);
    }

    [Fact]
    public void Revoking_the_active_key_cuts_its_window_at_the_cut_off_and_puts_a_new_key_in_its_place()
    {
        var cutOff = Now.AddDays(-2);

        var revoked = KeyRingChanges.Revoke(Ring(), "hub-ua#a", cutOff, "compromised", _ => Entry("hub-ua#b", "b.pem"), Now);

        var old = revoked.Attestation.Single(k => k.KeyId == "hub-ua#a");
        Assert.Equal(HubKeyStatus.Revoked, old.Status);
        Assert.True(old.IsValidAt(cutOff.AddSeconds(-1)));
        Assert.False(old.IsValidAt(cutOff));
        Assert.Equal("hub-ua#b", revoked.ActiveOf(HubKeyKind.Attestation).KeyId);
    }

    [Fact]
    public void Revoking_a_retired_key_leaves_the_active_key_alone()
    {
        var rotated = KeyRingChanges.Rotate(Ring(), HubKeyKind.Attestation, Entry("hub-ua#b", "b.pem"), Now);

        var revoked = KeyRingChanges.Revoke(rotated, "hub-ua#a", Now.AddDays(-5), "compromised", _ => throw new InvalidOperationException("no successor needed"), Now);

        Assert.Equal("hub-ua#b", revoked.ActiveOf(HubKeyKind.Attestation).KeyId);
        Assert.Equal(Now.AddDays(-5), revoked.Attestation.Single(k => k.KeyId == "hub-ua#a").ValidUntil);
        Assert.Throws<InvalidOperationException>(() => KeyRingChanges.Revoke(revoked, "hub-ua#a", Now, "again", _ => Entry("x", "x.pem"), Now));
    }

    [Fact]
    public void The_keys_command_rotates_the_attestation_key_on_disk_and_the_reloaded_ring_keeps_the_earlier_key()
    {
        string firstKeyId;
        using (var first = new HubKeyRing("hub-ua", _folder))
        {
            firstKeyId = first.AttestationKeyId;
        }

        Assert.Equal(0, KeysCommand.Run(["keys", "rotate", "--which", "attestation"], Configuration(), "/", new FakeTimeProvider(Now)));

        using var ring = new HubKeyRing("hub-ua", _folder);
        Assert.NotEqual(firstKeyId, ring.AttestationKeyId);
        var earlier = ring.AttestationKeys.Single(k => k.KeyId == firstKeyId);
        Assert.Equal(Now + KeyRingChanges.Handover, earlier.ValidUntil);
        Assert.True(ring.AttestationKeys.Single(k => k.KeyId == ring.AttestationKeyId).IsValidAt(Now));
        Assert.True(File.Exists(Path.Combine(_folder, KeyRingFile.FirstAttestationFile)));
    }

    [Fact]
    public async Task After_a_token_key_rotation_earlier_tokens_stay_valid_and_new_tokens_use_the_new_key()
    {
        string earlier;
        using (var first = new HubKeyRing("hub-ua", _folder))
        {
            earlier = new HubTokenIssuer(first, new FakeTimeProvider(Now.AddHours(-1))).Issue(new HubTokenRequest("admin-1", HubRoles.Admin));
        }

        Assert.Equal(0, KeysCommand.Run(["keys", "rotate", "--which", "tokens"], Configuration(), "/", new FakeTimeProvider(Now)));
        using var ring = new HubKeyRing("hub-ua", _folder);
        var later = new HubTokenIssuer(ring, new FakeTimeProvider(Now.AddHours(1))).Issue(new HubTokenRequest("admin-1", HubRoles.Admin));

        Assert.True((await ValidateAsync(ring, earlier, Now.AddMinutes(1))).IsValid);
        Assert.True((await ValidateAsync(ring, later, Now.AddHours(1).AddMinutes(1))).IsValid);
        Assert.Equal(ring.TokenKeyId, new JsonWebToken(later).Kid);
    }

    [Fact]
    public async Task A_token_signed_by_a_revoked_token_key_after_its_cut_off_is_refused_and_one_from_before_is_not()
    {
        string before;
        string after;
        using (var first = new HubKeyRing("hub-ua", _folder))
        {
            before = new HubTokenIssuer(first, new FakeTimeProvider(Now.AddHours(-2))).Issue(new HubTokenRequest("admin-1", HubRoles.Admin));
            after = new HubTokenIssuer(first, new FakeTimeProvider(Now.AddMinutes(-1))).Issue(new HubTokenRequest("admin-1", HubRoles.Admin));
            Assert.Equal(0, KeysCommand.Run(["keys", "revoke", "--key-id", first.TokenKeyId, "--cut-off", Now.AddHours(-1).ToString("O")], Configuration(), "/", new FakeTimeProvider(Now)));
        }

        using var ring = new HubKeyRing("hub-ua", _folder);

        Assert.True((await ValidateAsync(ring, before, Now)).IsValid);
        Assert.False((await ValidateAsync(ring, after, Now)).IsValid);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:HubId"] = "hub-ua", ["Hub:KeysFolder"] = _folder })
        .Build();

    /// <summary>Validation as the hub configures it, at a chosen instant.</summary>
    private static Task<TokenValidationResult> ValidateAsync(HubKeyRing ring, string token, DateTimeOffset at) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "hub-ua",
            ValidAudience = "hub-ua",
            IssuerSigningKeys = TokenSigningKeys.All(ring),
            ValidateIssuerSigningKey = true,
            IssuerSigningKeyValidator = (key, validated, _) => TokenSigningKeys.IssuedInWindow(ring, key, validated),
            LifetimeValidator = (notBefore, expires, _, _) => notBefore <= at.UtcDateTime && at.UtcDateTime < expires,
        });

    private static KeyRingDocument Ring() => new(
        [new HubKeyEntry("hub-ua#a", "a.pem", HubKeyStatus.Active, DateTimeOffset.UnixEpoch)],
        [new HubKeyEntry("hub-ua/tokens#t", "t.pem", HubKeyStatus.Active, DateTimeOffset.UnixEpoch)]);

    private static HubKeyEntry Entry(string keyId, string file) => new(keyId, file, HubKeyStatus.Active, Now);
}
