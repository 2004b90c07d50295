using Exchange.Hub.Credentials;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// The case's access to <see cref="ICredentialResolver"/>. When no resolver is registered, or resolving throws,
/// the credential gets a verification whose check is <see cref="CheckResult.Unavailable"/>: the case then waits
/// visibly (WAITING_FOR_PEER) and retries on its reminder instead of losing the request or failing it.
/// The resolver is an optional constructor dependency: the container passes the registered one, or null when the
/// hub has none.
/// </summary>
public sealed partial class CaseCredentialResolution(TimeProvider time, ILogger<CaseCredentialResolution> logger, ICredentialResolver? resolver = null)
{
    public async Task<ResolvedCredential> ResolveAsync(CredentialSource source, string recipientId, CancellationToken cancellationToken)
    {
        if (resolver is null)
        {
            return Unavailable(source, "This hub has no credential resolver configured; the case waits until one is.");
        }

        try
        {
            return await resolver.ResolveAsync(source, recipientId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogResolveFailed(logger, ex, Describe(source));
            return Unavailable(source, "The credential could not be resolved now: " + ex.Message);
        }
    }

    private ResolvedCredential Unavailable(CredentialSource source, string detail)
    {
        var (hub, id) = source switch
        {
            CredentialByReference r => (r.IssuingHubId, r.CredentialId),
            _ => ("", ""),
        };
        var now = time.GetUtcNow();
        var check = new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Unavailable, detail, "PEER_UNAVAILABLE");
        var envelope = source is CredentialByEnvelope e ? e.Envelope : new SignedEnvelope([], [], []);
        return new ResolvedCredential(envelope, new CredentialVerification(id, hub, [check], now, now), "", null);
    }

    private static string Describe(CredentialSource source) => source switch
    {
        CredentialByReference r => $"{r.IssuingHubId}/{r.CredentialId}",
        CredentialByDocument d => $"outside {d.Format} document of {d.Document.Length} bytes",
        _ => "envelope",
    };

    [LoggerMessage(EventId = 4100, EventName = "CredentialResolveFailed", Level = LogLevel.Warning,
        Message = "Resolving credential {Credential} failed; the case will retry")]
    private static partial void LogResolveFailed(ILogger logger, Exception exception, string credential);
}
