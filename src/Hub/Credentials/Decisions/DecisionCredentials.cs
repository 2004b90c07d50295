using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Credentials.Decisions;

/// <summary>
/// The case grain's <see cref="IDecisionCredentialIssuer"/>: a status entry from the hub's "decisions" lists,
/// <see cref="DecisionCredential"/> built on it and signed by <see cref="VcJwtSigner"/> (VC-JWT, ES256, the hub's
/// attestation key, verifiable against <see cref="HubIssuer.JwksUrl"/>); superseding sets the entry.
/// </summary>
public sealed class DecisionCredentials(StatusLists statusLists, HubIssuer issuer, VcJwtSigner signer, HubRecognitionPolicy policy) : IDecisionCredentialIssuer
{
    public async Task<CaseDecision> IssueAsync(RecognitionCaseState state, CaseDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(decision);
        var entry = decision.StatusIndex is { } index
            ? new StatusEntry(StatusFamily.Decisions, index)
            : await statusLists.AllocateAsync(StatusFamily.Decisions, cancellationToken);
        var payload = DecisionCredential.Build(state, decision, issuer, policy, statusLists.CredentialStatus(entry));
        return decision with { DecisionCredential = signer.Sign(payload), StatusIndex = entry.Index };
    }

    public Task MarkSupersededAsync(CaseDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.StatusIndex is { } index
            ? statusLists.SetAsync(new StatusEntry(StatusFamily.Decisions, index), cancellationToken)
            : Task.CompletedTask;
    }
}
