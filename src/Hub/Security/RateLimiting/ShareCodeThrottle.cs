using System.Threading.RateLimiting;
using Exchange.Hub.Hosting;
using Exchange.Hub.Rpc;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Security.RateLimiting;

/// <summary>
/// Share-code guessing is throttled apart from the general call budget: only FAILED attempts spend, per client and per
/// credential, so a verifier holding the right code is never slowed while a guesser is stopped after a handful of
/// tries. Checked before an attempt, counted after a failure; concurrent guesses of one client may overshoot by the
/// number in flight, which a guess space of 2^192 codes does not notice.
/// </summary>
public sealed class ShareCodeThrottle : IDisposable
{
    public const string Reason = "SHARE_CODE_ATTEMPTS_EXHAUSTED";

    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly PartitionedRateLimiter<string> _perCredential;
    private readonly TimeSpan _window;

    public ShareCodeThrottle(RateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _window = TimeSpan.FromSeconds(limits.ShareCodeWindowSeconds);
        _perClient = Failures(limits.ShareCodeFailuresPerClient, _window);
        _perCredential = Failures(limits.ShareCodeFailuresPerCredential, _window);
    }

    /// <summary>Refuses with RESOURCE_EXHAUSTED (RetryInfo, Retry-After) when the client or the credential has no
    /// failed attempts left in the window.</summary>
    public void ThrowIfExhausted(string client, string credentialId, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsExhausted(client, credentialId))
        {
            return;
        }

        var http = context.GetHttpContext();
        RateLimitRegistration.SetRetryAfter(http, _window);
        throw RefusalResponse.Status(Code.ResourceExhausted, Reason, ExhaustedMessage, RefusalResponse.RetryAfter(_window))
            .ToRpcException();
    }

    public const string ExhaustedMessage =
        "Too many wrong share codes were tried for this credential or by this caller; retry after the delay given.";

    /// <summary>Whether the client or the credential has no failed attempts left in the window (spends nothing).</summary>
    public bool IsExhausted(string client, string credentialId)
    {
        using var byClient = _perClient.AttemptAcquire(client, 0);
        using var byCredential = _perCredential.AttemptAcquire(credentialId, 0);
        return !(byClient.IsAcquired && byCredential.IsAcquired);
    }

    /// <summary>A code that matched no grant of the credential, or no such credential: what guessing produces. A right
    /// code refused for its expiry or recipient is no guess and spends nothing.</summary>
    public static bool IsGuessMiss(Grains.Issuing.ShareAccess access) =>
        access?.Outcome is Grains.Issuing.ShareAccessOutcome.CodeInvalid or Grains.Issuing.ShareAccessOutcome.CredentialNotFound;

    /// <summary>Spends one failed attempt of the client and of the credential.</summary>
    public void CountFailure(string client, string credentialId)
    {
        _perClient.AttemptAcquire(client).Dispose();
        _perCredential.AttemptAcquire(credentialId).Dispose();
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _perCredential.Dispose();
    }

    private static PartitionedRateLimiter<string> Failures(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
