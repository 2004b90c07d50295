namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// Issues a recognition decision as a verifiable credential the learner carries, and withdraws it through its status
/// entry when a later decision supersedes it. The case grain calls it around its one write: it issues before the write
/// (the credential is stored with the decision), and marks superseded decisions after it (never before the decision
/// that supersedes them is stored).
/// </summary>
public interface IDecisionCredentialIssuer
{
    /// <summary>The decision with its signed credential and status index: a fresh entry is allocated unless the decision
    /// already has one (a retried issue signs again under the same entry).</summary>
    Task<CaseDecision> IssueAsync(RecognitionCaseState state, CaseDecision decision, CancellationToken cancellationToken = default);

    /// <summary>Sets the decision's status entry (superseded); idempotent; nothing to do for a decision without one.</summary>
    Task MarkSupersededAsync(CaseDecision decision, CancellationToken cancellationToken = default);
}
