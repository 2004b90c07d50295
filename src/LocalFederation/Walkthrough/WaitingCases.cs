namespace Exchange.LocalFederation.Walkthrough;

/// <summary>What the walkthrough leaves for a newcomer: a case waiting in hub-lv's queue for an officer, one before a
/// commission at hub-kz, and the learner's share links to open.</summary>
internal sealed record WaitingCases(string LatvianQueueCaseId, string KazakhCommissionCaseId, SharedLinks Links)
{
    /// <summary>The learner's credential the walkthrough issued on hub-ua (the one exported as an Open Badge).</summary>
    public string CredentialId { get; init; } = "";

    /// <summary>hub-kz's automatic decision on it (with the decision credential, when the hub issues one).</summary>
    public Exchange.Contracts.V1.RecognitionDecision? AutomaticDecision { get; init; }
}

/// <summary>Two share links of the learner's credential: one anyone holding it may open (on hub-ua's pages), and the one
/// shared with hub-kz (on hub-kz's pages).</summary>
internal sealed record SharedLinks(string ForAnyone, string ForKazakhstan);
