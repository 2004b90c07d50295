namespace Exchange.LocalFederation.Walkthrough;

/// <summary>The cases the walkthrough leaves for a newcomer: one waiting in hub-lv's queue for an officer, one before a
/// commission at hub-kz.</summary>
internal sealed record WaitingCases(string LatvianQueueCaseId, string KazakhCommissionCaseId);
