using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Grains.Issuing;

/// <summary>
/// A recognition a peer hub decided on this credential, as the learner's record keeps it: which hub and country
/// recognised it, for what, with which outcome. <see cref="SenderHubId"/> and <see cref="Sequence"/> name the
/// delivered message that recorded it, so a later copy of the same decision (another message) is told apart from
/// a retry of the recording message itself.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.CredentialRecognitionRecord")]
public sealed record CredentialRecognitionRecord(
    [property: Id(0)] string DecisionId,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string RecognisingHubId,
    [property: Id(3)] string RecognisingCountry,
    [property: Id(4)] DecisionOutcome Outcome,
    [property: Id(5)] DateTimeOffset DecidedAt,
    [property: Id(6)] RecognisedTargetKind TargetKind,
    [property: Id(7)] IReadOnlyList<LocalText> TargetTitle,
    [property: Id(8)] string RequesterInstitutionId,
    [property: Id(9)] string? SupersedesDecisionId,
    [property: Id(10)] DateTimeOffset RecordedAt,
    [property: Id(11)] string SenderHubId,
    [property: Id(12)] long Sequence)
{
    // What the learner reads of the decision. Recognitions recorded before these were delivered (or sent by an older
    // recognising hub) keep the defaults: no level, no scope, no conditions, no appeal information.

    /// <summary>The level recognised, in the recognising hub's framework, with its EQF level when the sender gave one
    /// (0 when not).</summary>
    [Id(13)] public CaseLevel? RecognisedLevel { get; init; }

    /// <summary>What was recognised (partial recognition), in words.</summary>
    [Id(14)] public IReadOnlyList<LocalText> RecognisedScope { get; init; } = [];

    /// <summary>What was not recognised, in words.</summary>
    [Id(15)] public IReadOnlyList<LocalText> NotRecognisedScope { get; init; } = [];

    /// <summary>The conditions: compensatory measures the learner has to complete.</summary>
    [Id(16)] public IReadOnlyList<CaseMeasure> Conditions { get; init; } = [];

    /// <summary>How the decision can be appealed; null when the sender said nothing about it.</summary>
    [Id(17)] public RecognitionAppeal? Appeal { get; init; }

    /// <summary>The requesting institution's names, as the recognising hub sent them.</summary>
    [Id(18)] public IReadOnlyList<LocalText> RequesterInstitutionName { get; init; } = [];

    /// <summary>The decision as the recognising hub signed it for the learner (compact JWS, VC-JWT), verifiable with
    /// that hub's published keys; null when the hub sent none (an older hub, or a decision taken before).</summary>
    [Id(19)] public string? DecisionCredential { get; init; }
}

/// <summary>How a recognition decision can be appealed at the recognising hub (recognition.proto AppealInfo).</summary>
[GenerateSerializer, Immutable, Alias("exchange.RecognitionAppeal")]
public sealed record RecognitionAppeal(
    [property: Id(0)] bool Appealable,
    [property: Id(1)] DateTimeOffset? Deadline,
    [property: Id(2)] string BodyId,
    [property: Id(3)] IReadOnlyList<LocalText> BodyName,
    [property: Id(4)] IReadOnlyList<LocalText> Instructions);

/// <summary>What the credential was recognised for (recognition.proto TargetKind numbers).</summary>
public enum RecognisedTargetKind
{
    Programme = 1,
    Course = 2,
    Activity = 3,
    Qualification = 4,
}
