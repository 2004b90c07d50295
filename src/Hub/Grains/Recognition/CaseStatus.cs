namespace Exchange.Hub.Grains.Recognition;

/// <summary>States of a recognition case (recognition.proto CaseStatus, same numbers).</summary>
public enum CaseStatus
{
    Received = 1,
    IncompleteFile = 2,
    WaitingForPeer = 3,
    CredentialInvalid = 4,
    FileComplete = 5,
    Verified = 6,
    Assessed = 7,
    InReview = 8,
    InCommission = 9,
    Decided = 10,
    Appealed = 11,
    Withdrawn = 12,
}

/// <summary>Who caused a journal entry or a decision.</summary>
public enum CaseActorKind
{
    System = 1,
    Institution = 2,
    Officer = 3,
    CommissionMember = 4,
    Admin = 5,
}

/// <summary>A person or system acting on a case; <see cref="InstitutionId"/> is the acting institution's.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseActor")]
public sealed record CaseActor(
    [property: Id(0)] CaseActorKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string? InstitutionId = null)
{
    public static CaseActor System { get; } = new(CaseActorKind.System, "hub");
}

/// <summary>A text in one language.</summary>
[GenerateSerializer, Immutable, Alias("exchange.LocalText")]
public sealed record LocalText([property: Id(0)] string Language, [property: Id(1)] string Text);

/// <summary>One journal entry: a transition (or an event when From equals To) with who, when and why.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseJournalEntry")]
public sealed record CaseJournalEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] CaseActor Actor,
    [property: Id(3)] CaseStatus? From,
    [property: Id(4)] CaseStatus To,
    [property: Id(5)] string Event,
    [property: Id(6)] string Reason)
{
    /// <summary>The reason as a message when the system wrote it; null when a person's own words are the reason.</summary>
    [Id(70)] public CaseMessage? ReasonMessage { get; init; }
}
