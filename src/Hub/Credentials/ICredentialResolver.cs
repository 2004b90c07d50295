namespace Exchange.Hub.Credentials;

/// <summary>
/// Fetches and verifies the credential a recognition request points at. The hub's own credentials resolve
/// locally (share grant checked, signatures verified against the hub's keys); credentials of peer hubs resolve
/// over federation. A failure to reach an issuing hub is an <see cref="CheckResult.Unavailable"/> check, never
/// an exception, so the case can wait visibly instead of failing.
/// </summary>
public interface ICredentialResolver
{
    /// <param name="source">The credential by reference and share code, or by envelope.</param>
    /// <param name="recipientId">Who asks: the requesting institution's id (share grants may be limited to one).</param>
    Task<ResolvedCredential> ResolveAsync(CredentialSource source, string recipientId, CancellationToken cancellationToken);
}
