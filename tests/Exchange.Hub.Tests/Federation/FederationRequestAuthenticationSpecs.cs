using System.Security.Cryptography;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Signing;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;

namespace Exchange.Hub.Tests.Federation;

public sealed class FederationRequestAuthenticationSpecs : IDisposable
{
    private const string Method = "/exchange.v1.HubFederation/ResolveCredential";
    private static readonly byte[] Request = [1, 2, 3, 4];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly ECDsa _kzKey = Es256.CreateKey();
    private readonly PinnedPeer _kz;
    private readonly FederationRequestVerifier _ua;

    public FederationRequestAuthenticationSpecs()
    {
        _kz = new PinnedPeer("hub-kz", "KZ", new Uri("http://127.0.0.1:1"),
            [new PinnedKey("hub-kz#1", _kzKey, _clock.GetUtcNow().AddDays(-1), _clock.GetUtcNow().AddDays(30))]);
        _ua = new FederationRequestVerifier("hub-ua", id => id == _kz.HubId ? _kz : null,
            new NonceReplayGuard(TimeSpan.FromMinutes(4), _clock, Started), TimeSpan.FromMinutes(2), _clock);
    }

    /// <summary>When the verifying hub's process started: ten minutes before the specs' "now".</summary>
    private static readonly DateTimeOffset Started = new(2026, 11, 25, 9, 50, 0, TimeSpan.Zero);

    [Fact]
    public void A_pinned_peer_signing_this_request_for_this_hub_is_authenticated()
    {
        var caller = _ua.Verify(Method, Signed("hub-kz#1", _kzKey), Request);
        Assert.Equal("hub-kz", caller.HubId);
    }

    [Fact]
    public void A_replayed_request_is_refused()
    {
        var headers = Signed("hub-kz#1", _kzKey);
        _ua.Verify(Method, headers, Request);
        AssertRefused("REQUEST_REPLAYED", ErrorKind.Unauthenticated, () => _ua.Verify(Method, headers, Request));
    }

    [Fact]
    public void A_nonce_is_forgotten_only_after_the_window_in_which_its_timestamp_could_pass()
    {
        var guard = new NonceReplayGuard(TimeSpan.FromMinutes(4), _clock, Started);
        var signedAt = _clock.GetUtcNow();
        Assert.Equal(NonceOutcome.New, guard.Remember("hub-kz", "n1", signedAt));
        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(NonceOutcome.Replayed, guard.Remember("hub-kz", "n1", signedAt));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(NonceOutcome.New, guard.Remember("hub-kz", "n1", signedAt));
        Assert.Equal(NonceOutcome.New, guard.Remember("hub-lv", "n1-other", signedAt));
    }

    [Fact]
    public void A_request_captured_before_a_restart_is_refused_after_it_though_its_timestamp_is_still_within_the_skew()
    {
        var captured = Signed("hub-kz#1", _kzKey);
        _ua.Verify(Method, captured, Request);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var restarted = VerifierStartedAt(_clock.GetUtcNow());

        AssertRefused("REQUEST_PREDATES_REPLAY_MEMORY", ErrorKind.Unavailable, () => restarted.Verify(Method, captured, Request));
        Assert.Equal("hub-kz", restarted.Verify(Method, Signed("hub-kz#1", _kzKey), Request).HubId);
    }

    [Fact]
    public void A_request_signed_before_the_process_start_minus_the_skew_is_refused_as_signed_before_the_replay_memory()
    {
        var signedLongBefore = Signed("hub-kz#1", _kzKey);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var started = _clock.GetUtcNow().AddMinutes(-2).AddSeconds(-1);

        AssertRefused("REQUEST_PREDATES_REPLAY_MEMORY", ErrorKind.Unavailable, () => VerifierStartedAt(started.AddMinutes(2)).Verify(Method, signedLongBefore, Request));
    }

    [Fact]
    public async Task A_request_accepted_by_one_silo_is_refused_by_another_sharing_the_cluster_memory()
    {
        var shared = new CountingNonceMemory();
        var siloA = VerifierStartedAt(Started, shared);
        var siloB = VerifierStartedAt(Started, shared);
        var captured = Signed("hub-kz#1", _kzKey);

        await siloA.VerifyAsync(Method, captured, Request);

        var refusal = await Assert.ThrowsAsync<HubException>(() => siloB.VerifyAsync(Method, captured, Request));
        Assert.Equal(("REQUEST_REPLAYED", ErrorKind.Unauthenticated), (refusal.Reason, refusal.Kind));
        Assert.Equal(2, shared.Calls);
    }

    [Fact]
    public void A_changed_request_body_breaks_the_signature()
    {
        AssertRefused("REQUEST_SIGNATURE_INVALID", ErrorKind.Unauthenticated,
            () => _ua.Verify(Method, Signed("hub-kz#1", _kzKey), [1, 2, 3, 5]));
    }

    [Fact]
    public void A_request_signed_for_another_method_or_hub_is_refused()
    {
        AssertRefused("REQUEST_SIGNATURE_INVALID", ErrorKind.Unauthenticated,
            () => _ua.Verify("/exchange.v1.HubFederation/VerifyCredential", Signed("hub-kz#1", _kzKey), Request));
        AssertRefused("REQUEST_SIGNATURE_INVALID", ErrorKind.Unauthenticated,
            () => _ua.Verify(Method, Signed("hub-kz#1", _kzKey, callee: "hub-lv"), Request));
    }

    [Fact]
    public void An_unknown_hub_is_refused_as_permission_denied()
    {
        using var stranger = Es256.CreateKey();
        AssertRefused("UNKNOWN_HUB", ErrorKind.PermissionDenied, () => _ua.Verify(Method, Signed("x#1", stranger, caller: "hub-xx"), Request));
    }

    [Fact]
    public void A_key_not_pinned_for_the_caller_is_refused_even_if_the_signature_is_sound()
    {
        using var other = Es256.CreateKey();
        AssertRefused("UNKNOWN_KEY", ErrorKind.PermissionDenied, () => _ua.Verify(Method, Signed("hub-kz#2", other), Request));
    }

    [Fact]
    public void A_pinned_key_outside_its_validity_window_is_refused()
    {
        var headers = Signed("hub-kz#1", _kzKey);
        _clock.Advance(TimeSpan.FromDays(31));
        AssertRefused("KEY_NOT_VALID", ErrorKind.PermissionDenied, () => _ua.Verify(Method, headers, Request));
    }

    [Fact]
    public void A_timestamp_outside_the_allowed_skew_is_refused()
    {
        var headers = Signed("hub-kz#1", _kzKey);
        _clock.Advance(TimeSpan.FromMinutes(3));
        AssertRefused("TIMESTAMP_OUT_OF_WINDOW", ErrorKind.Unauthenticated, () => _ua.Verify(Method, headers, Request));
    }

    [Fact]
    public void A_call_without_authentication_metadata_is_refused_naming_the_header()
    {
        var refusal = Assert.Throws<HubException>(() => _ua.Verify(Method, [], Request));
        Assert.Equal("AUTH_METADATA_MISSING", refusal.Reason);
        Assert.Contains(FederationHeaders.HubId, refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _kzKey.Dispose();

    private FederationRequestVerifier VerifierStartedAt(DateTimeOffset started, ISharedNonceMemory? cluster = null) =>
        new("hub-ua", id => id == _kz.HubId ? _kz : null, new NonceReplayGuard(TimeSpan.FromMinutes(4), _clock, started),
            TimeSpan.FromMinutes(2), _clock, cluster);

    /// <summary>A cluster-wide memory as the grain keeps it (one guard for every silo), counting the calls.</summary>
    private sealed class CountingNonceMemory : ISharedNonceMemory
    {
        private readonly NonceReplayGuard _memory = new(TimeSpan.FromMinutes(4), TimeProvider.System, DateTimeOffset.MinValue);

        public int Calls { get; private set; }

        public Task<NonceOutcome> RememberAsync(string caller, string nonce, DateTimeOffset signedAt)
        {
            Calls++;
            return Task.FromResult(_memory.Remember(caller, nonce, signedAt));
        }
    }

    private Metadata Signed(string keyId, ECDsa key, string caller = "hub-kz", string callee = "hub-ua") =>
        new FederationRequestSigner(caller, keyId, key, _clock).Sign(Method, callee, Request);

    private static void AssertRefused(string reason, ErrorKind kind, Action call)
    {
        var refusal = Assert.Throws<HubException>(call);
        Assert.Equal(reason, refusal.Reason);
        Assert.Equal(kind, refusal.Kind);
    }
}
