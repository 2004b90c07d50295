namespace Exchange.Hub.Grains.Recognition;

/// <summary>Final outcomes (recognition.proto RecognitionOutcome numbers); referral is never a decision.</summary>
public enum DecisionOutcome
{
    Full = 1,
    Partial = 2,
    Denied = 4,
}

/// <summary>Who decided (recognition.proto DeciderKind numbers).</summary>
public enum DeciderKind
{
    Automatic = 1,
    Officer = 2,
    Commission = 3,
}

/// <summary>A recognition decision with its reasons, remedies and appeal route.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseDecision")]
public sealed record CaseDecision
{
    [Id(0)] public required string DecisionId { get; init; }
    [Id(1)] public required DecisionOutcome Outcome { get; init; }
    [Id(2)] public required DeciderKind DecidedBy { get; init; }
    [Id(3)] public required string DeciderId { get; init; }
    [Id(4)] public required DateTimeOffset DecidedAt { get; init; }
    [Id(5)] public required string PolicyId { get; init; }
    [Id(6)] public required string PolicyVersion { get; init; }
    [Id(7)] public required IReadOnlyList<CaseDifference> Differences { get; init; }
    [Id(8)] public CaseLevel? RecognisedLevel { get; init; }
    [Id(9)] public IReadOnlyList<CaseCredit> Credits { get; init; } = [];
    [Id(10)] public IReadOnlyList<CaseGrade> Grades { get; init; } = [];
    [Id(11)] public IReadOnlyList<CaseMeasure> Measures { get; init; } = [];
    [Id(12)] public IReadOnlyList<LocalText> Justification { get; init; } = [];
    [Id(13)] public IReadOnlyList<LocalText> Remedies { get; init; } = [];
    [Id(14)] public IReadOnlyList<LocalText> AppealInstructions { get; init; } = [];
    [Id(15)] public IReadOnlyList<LocalText> RecognisedScope { get; init; } = [];
    [Id(16)] public IReadOnlyList<LocalText> NotRecognisedScope { get; init; } = [];
    [Id(17)] public IReadOnlyList<LocalText> AlternativeRecognition { get; init; } = [];
    [Id(18)] public required string Summary { get; init; }

    /// <summary>The summary as a message when the system wrote it (automatic decisions); null for officers' decisions.</summary>
    [Id(70)] public CaseMessage? SummaryMessage { get; init; }
    [Id(19)] public string? SupersedesDecisionId { get; init; }
    [Id(20)] public DateTimeOffset? AppealDeadline { get; init; }
    [Id(21)] public string? CommissionProtocolId { get; init; }
    [Id(22)] public required IReadOnlyList<string> CredentialIds { get; init; }

    /// <summary>The decision as a verifiable credential the learner carries (compact JWS, VC-JWT), signed by this hub
    /// when the decision was adopted; null for decisions taken before hubs issued them.</summary>
    [Id(23)] public string? DecisionCredential { get; init; }

    /// <summary>The decision credential's index in this hub's "decisions" status lists (StatusFamily.Decisions).</summary>
    [Id(24)] public long? StatusIndex { get; init; }

    /// <summary>A later decision superseded this one and its status entry is set (recorded after the mark, so an
    /// activation marks again any superseded decision this does not say of).</summary>
    [Id(25)] public bool StatusMarked { get; init; }

    /// <summary>Target outcome ids recognised as achieved (recognition.proto recognised_outcome_ids).</summary>
    [Id(50)] public IReadOnlyList<string> RecognisedOutcomeIds { get; init; } = [];

    /// <summary>Target outcome ids not evidenced (the learning outcomes difference's missing_outcome_ids).</summary>
    [Id(51)] public IReadOnlyList<string> MissingOutcomeIds { get; init; } = [];

    /// <summary>Credits recognised towards the target in host credits: the target's full credits on a full recognition,
    /// the recognised part on a partial one; null when the target states no workload or on a denial.</summary>
    [Id(52)] public CaseWorkload? RecognisedWorkload { get; init; }

    /// <summary>The stack progress of the assessment the decision rests on (recognition.proto RecognitionDecision.stack_progress).</summary>
    [Id(55)] public IReadOnlyList<Stacking.CaseStackProgress> StackProgress { get; init; } = [];

    /// <summary>The automatic recognition list an automatic decision relied on (its version then); null otherwise.</summary>
    [Id(65)] public CaseAutomaticBasis? AutomaticBasis { get; init; }

    /// <summary>Denied and partial decisions can always be appealed; full recognition leaves nothing to appeal.</summary>
    public bool Appealable => Outcome is DecisionOutcome.Partial or DecisionOutcome.Denied;
}

/// <summary>What an officer (or a commission proposal) decides, before the case turns it into a decision.</summary>
[GenerateSerializer, Immutable, Alias("exchange.OfficerDecisionInput")]
public sealed record OfficerDecisionInput
{
    [Id(0)] public required DecisionOutcome Outcome { get; init; }
    [Id(1)] public IReadOnlyList<LocalText> Justification { get; init; } = [];
    [Id(2)] public IReadOnlyList<LocalText> Remedies { get; init; } = [];
    [Id(3)] public IReadOnlyList<LocalText> AppealInstructions { get; init; } = [];
    [Id(4)] public IReadOnlyList<LocalText> RecognisedScope { get; init; } = [];
    [Id(5)] public IReadOnlyList<LocalText> NotRecognisedScope { get; init; } = [];
    [Id(6)] public IReadOnlyList<LocalText> AlternativeRecognition { get; init; } = [];
    [Id(7)] public IReadOnlyList<CaseMeasure> Measures { get; init; } = [];

    /// <summary>Criteria the officer confirms as substantial differences, with the officer's explanation.</summary>
    [Id(8)] public IReadOnlyDictionary<Adapters.Recognition.Criterion, string> ConfirmedSubstantial { get; init; } =
        new Dictionary<Adapters.Recognition.Criterion, string>();
}

/// <summary>State of an appeal (recognition.proto AppealStatus numbers).</summary>
public enum AppealStatus
{
    Lodged = 1,
    InReview = 2,
    Decided = 3,
}

/// <summary>An appeal against a decision or a missed deadline.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseAppeal")]
public sealed record CaseAppeal(
    [property: Id(0)] string AppealId,
    [property: Id(1)] string IdempotencyKey,
    [property: Id(2)] string Fingerprint,
    [property: Id(3)] string? AppealedDecisionId,
    [property: Id(4)] IReadOnlyList<LocalText> Grounds,
    [property: Id(5)] CaseActor LodgedBy,
    [property: Id(6)] DateTimeOffset LodgedAt,
    [property: Id(7)] AppealStatus Status,
    [property: Id(8)] IReadOnlyList<string> ExcludedOfficerIds,
    [property: Id(9)] string? AssignedOfficerId,
    [property: Id(10)] string? ResolvingDecisionId);
