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
    [property: Id(12)] long Sequence);

/// <summary>What the credential was recognised for (recognition.proto TargetKind numbers).</summary>
public enum RecognisedTargetKind
{
    Programme = 1,
    Course = 2,
    Activity = 3,
    Qualification = 4,
}
