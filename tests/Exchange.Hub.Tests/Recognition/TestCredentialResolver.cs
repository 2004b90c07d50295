using System.Collections.Concurrent;
using Exchange.Hub.Credentials;
using AdaptersCredential = Exchange.Adapters.Credentials.Credential;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>
/// Test double of the registry's resolver for grain tests: credentials are registered by id with the verdict their
/// verification should have; an unknown id behaves like an issuing hub that cannot be reached.
/// </summary>
public sealed class TestCredentialResolver : ICredentialResolver
{
    private readonly ConcurrentDictionary<string, (AdaptersCredential? Credential, CheckResult Signature)> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _held = new(StringComparer.Ordinal);

    public void Register(AdaptersCredential credential, CheckResult signature = CheckResult.Passed) => _known[credential.Id] = (credential, signature);

    public void RegisterUnreadable(string credentialId) => _known[credentialId] = (null, CheckResult.Passed);

    /// <summary>The issuing hub answers for this credential only once <paramref name="released"/> completes.</summary>
    public void HoldUntil(string credentialId, Task released) => _held[credentialId] = released;

    public async Task<ResolvedCredential> ResolveAsync(CredentialSource source, string recipientId, CancellationToken cancellationToken)
    {
        var reference = (CredentialByReference)source;
        if (_held.TryGetValue(reference.CredentialId, out var released))
        {
            await released.WaitAsync(cancellationToken);
        }

        if (!_known.TryGetValue(reference.CredentialId, out var known))
        {
            throw new HttpRequestException($"{reference.IssuingHubId} is unreachable.");
        }

        var now = DateTimeOffset.UtcNow;
        CheckOutcome[] checks =
        [
            new(VerificationCheck.EnvelopeFormat, CheckResult.Passed, "Envelope well formed."),
            new(VerificationCheck.InstitutionSignature, known.Signature,
                known.Signature == CheckResult.Failed ? "The institution signature does not verify." : "Institution signature verified.",
                known.Signature == CheckResult.Failed ? "INSTITUTION_SIGNATURE_INVALID" : null, "kpi-2025-1"),
            new(VerificationCheck.HubAttestation, CheckResult.Passed, "Hub attestation verified.", KeyId: "hub-ua-2026"),
        ];
        var envelope = new SignedEnvelope([1], [2], []);
        return new ResolvedCredential(envelope,
            new CredentialVerification(reference.CredentialId, reference.IssuingHubId, checks, now, now.AddHours(1)), "UA", known.Credential);
    }
}
