using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>A credential of the case as far as lists and officers need it without the payload.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseCredentialSummary")]
public sealed record CaseCredentialSummary(
    [property: Id(0)] string CredentialId,
    [property: Id(1)] IReadOnlyList<LocalText> Title,
    [property: Id(2)] string IssuingCountry,
    [property: Id(3)] string? AwardingBodyId,
    [property: Id(4)] string? AwardingBodyName,
    [property: Id(5)] string? IssuerCountry)
{
    /// <summary>The holder's id as the credential names it (its learner id at the issuing hub, or an outside
    /// credential's subject id); null when the credential names none or was summarised before it was kept. The
    /// decision credential is issued to this holder.</summary>
    [Id(6)] public string? LearnerId { get; init; }
}

/// <summary>A missing or invalid element of a credential (drives INCOMPLETE_FILE).</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseFinding")]
public sealed record CaseFinding(
    [property: Id(0)] int CredentialIndex,
    [property: Id(1)] string CredentialId,
    [property: Id(2)] string Element,
    [property: Id(3)] bool Missing,
    [property: Id(4)] string RuleSet,
    [property: Id(5)] string Message)
{
    /// <summary>The message as a key with arguments.</summary>
    [Id(70)] public CaseMessage? Text { get; init; }
}

/// <summary>The durable state of one recognition case.</summary>
[GenerateSerializer, Alias("exchange.RecognitionCaseState")]
public sealed class RecognitionCaseState
{
    [Id(0)] public string CaseId { get; set; } = "";
    [Id(1)] public CaseSubmission? Submission { get; set; }
    [Id(2)] public CaseStatus Status { get; set; }
    [Id(3)] public long Version { get; set; }
    [Id(4)] public List<CaseJournalEntry> Journal { get; set; } = [];
    [Id(5)] public DateTimeOffset ReceivedAt { get; set; }
    [Id(6)] public DateTimeOffset? FileCompleteAt { get; set; }
    [Id(7)] public DateTimeOffset? Deadline { get; set; }
    [Id(8)] public bool Overdue { get; set; }
    [Id(9)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(10)] public List<CaseFinding> Findings { get; set; } = [];
    [Id(11)] public List<CredentialVerification> Verifications { get; set; } = [];
    [Id(12)] public List<CaseCredentialSummary> Credentials { get; set; } = [];
    [Id(13)] public CaseAssessment? Assessment { get; set; }
    [Id(14)] public CaseDecision? Decision { get; set; }
    [Id(15)] public List<CaseDecision> PreviousDecisions { get; set; } = [];
    [Id(16)] public List<CaseAppeal> Appeals { get; set; } = [];
    [Id(17)] public string? AssignedOfficerId { get; set; }
    [Id(18)] public CaseCommission? Commission { get; set; }
    [Id(19)] public Dictionary<string, string> SupplementKeys { get; set; } = [];
    [Id(20)] public List<string> WaitingForHubIds { get; set; } = [];
    [Id(21)] public List<CredentialSource> CurrentCredentials { get; set; } = [];
    [Id(22)] public CommissionProtocolRecord? Protocol { get; set; }
    [Id(23)] public SealedProtocol? SealedProtocol { get; set; }
    [Id(24)] public bool WasReferred { get; set; }

    /// <summary>Decisions not yet handed to the outbox of the peer hub that issued some of the credentials.</summary>
    [Id(25)] public List<PeerDecisionNotice> PeerNotices { get; set; } = [];

    /// <summary>When the case began waiting for a peer hub without a break; null while it waits for nobody. The
    /// policy's peer wait limit runs from here.</summary>
    [Id(26)] public DateTimeOffset? WaitingSince { get; set; }

    public bool Exists => Submission is not null;

    public string RequesterInstitutionId => Submission?.RequesterInstitutionId ?? "";

    public CaseAppeal? OpenAppeal => Appeals.LastOrDefault(a => a.Status is AppealStatus.Lodged or AppealStatus.InReview);

    /// <summary>Cases an officer or commission has to act on.</summary>
    public bool AwaitsReview => Status is CaseStatus.InReview or CaseStatus.InCommission or CaseStatus.Appealed;

    public bool IsFinal => Status is CaseStatus.Decided or CaseStatus.Withdrawn;

    /// <summary>Overdue is judged at read time as well, so a case never looks on time between reminder ticks.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => Overdue || (!IsFinal && Deadline is { } d && now > d);
}
