namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// The hub's index of recognition cases: one row per case (requesting institution, status, purpose, times), written
/// in place, so keeping it current costs the same for an institution's first case and its ten-thousandth. It serves
/// each institution's case list and tells a restarted hub which cases were still being processed.
/// </summary>
/// <remarks>A case writes its row before its first state write (so an accepted case is always found again after a
/// crash) and after every change; a row may therefore name a case whose first write never landed, which the case
/// removes when it is resumed.</remarks>
public interface ICaseIndex
{
    /// <summary>Stores the entry, unless the index already holds this case at the same or a newer version.</summary>
    Task UpsertAsync(string institutionId, CaseListEntry entry);

    Task RemoveAsync(string institutionId, string caseId);

    /// <summary>An institution's cases, newest received first, filtered and paged.</summary>
    Task<CaseListPage> ListAsync(string institutionId, CaseListQuery query);

    /// <summary>Says that the case's decision notices are all in their peers' outboxes. Where the index is kept with the
    /// state, a write holding notices lists the case as unfinished until then (so a crash between storing a decision
    /// and handing it over is resumed at the next start); elsewhere the case writes its decided row only after the
    /// hand-over, so its row says received until then and this changes nothing.</summary>
    Task HandedOverAsync(string institutionId, string caseId);

    /// <summary>Cases whose automatic processing had not finished: received, waiting for a peer hub, or decided with
    /// notices not yet handed over (see <see cref="HandedOverAsync"/>).</summary>
    Task<IReadOnlyList<IndexedCase>> UnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>The cases on any of <paramref name="credentialIds"/> as issued by <paramref name="issuingHubId"/>
    /// (<see cref="CaseListEntry.Credentials"/>), one row per credential and case, newest received first.</summary>
    Task<IReadOnlyList<CredentialCaseRow>> CasesOnCredentialsAsync(string issuingHubId, IReadOnlyList<string> credentialIds, CancellationToken cancellationToken);
}

/// <summary>A case as the index knows it: by its requesting institution and id.</summary>
public sealed record IndexedCase(string InstitutionId, string CaseId);
