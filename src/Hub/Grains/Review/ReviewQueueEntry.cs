using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Grains.Review;

/// <summary>What the review queue knows of a case: enough to filter, order and list it without asking the case.</summary>
[GenerateSerializer, Immutable, Alias("exchange.ReviewQueueEntry")]
public sealed record ReviewQueueEntry(
    [property: Id(0)] string CaseId,
    [property: Id(1)] long Version,
    [property: Id(2)] CaseStatus Status,
    [property: Id(3)] RecognitionPurpose Purpose,
    [property: Id(4)] string TargetTitle,
    [property: Id(5)] string RequesterInstitutionId,
    [property: Id(6)] IReadOnlyList<IReadOnlyList<LocalText>> CredentialTitles,
    [property: Id(7)] IReadOnlyList<string> IssuingCountries,
    [property: Id(8)] IReadOnlyList<Criterion> Flagged,
    [property: Id(9)] DateTimeOffset ReceivedAt,
    [property: Id(10)] DateTimeOffset? Deadline,
    [property: Id(11)] bool Overdue,
    [property: Id(12)] string? AssignedOfficerId,
    [property: Id(13)] bool IsAppeal,
    [property: Id(14)] bool InCommission)
{
    public static ReviewQueueEntry From(RecognitionCaseState state) => new(
        state.CaseId, state.Version, state.Status, state.Submission!.Purpose, state.Submission.Target.Title,
        state.RequesterInstitutionId,
        [.. state.Credentials.Select(c => c.Title)],
        [.. state.Credentials.Select(c => c.IssuerCountry ?? c.IssuingCountry)],
        state.Assessment?.Flagged ?? [],
        state.ReceivedAt, state.Deadline, state.Overdue, state.AssignedOfficerId,
        state.Status == CaseStatus.Appealed, state.Status == CaseStatus.InCommission);

    public bool IsOverdueAt(DateTimeOffset now) => Overdue || (Deadline is { } d && now > d);

    public int AgeDays(DateTimeOffset now) => Math.Max(0, (int)(now - ReceivedAt).TotalDays);
}

/// <summary>Filters of the officers' queue (review.proto ListReviewQueueRequest), and the page: the one after
/// <see cref="After"/> (null: the first). <see cref="OriginCountry"/> keeps cases with a credential issued in that
/// country (ISO 3166-1 alpha-2).</summary>
[GenerateSerializer, Immutable, Alias("exchange.ReviewQueueQuery")]
public sealed record ReviewQueueQuery(
    [property: Id(0)] IReadOnlyList<Criterion> Flagged,
    [property: Id(1)] int MinAgeDays,
    [property: Id(2)] DateTimeOffset? DeadlineBefore,
    [property: Id(3)] bool OverdueOnly,
    [property: Id(4)] string? AssignedTo,
    [property: Id(5)] bool UnassignedOnly,
    [property: Id(6)] bool AppealsOnly,
    [property: Id(7)] RecognitionPurpose? Purpose,
    [property: Id(8)] bool OldestFirst,
    [property: Id(9)] ReviewQueueCursor? After,
    [property: Id(10)] int PageSize,
    [property: Id(11)] string? OriginCountry = null);

/// <summary>One page of the queue, with the overdue count of the whole queue; <see cref="Next"/> is where the next
/// page starts, null on the last.</summary>
[GenerateSerializer, Immutable, Alias("exchange.ReviewQueuePage")]
public sealed record ReviewQueuePage(
    [property: Id(0)] IReadOnlyList<ReviewQueueEntry> Items,
    [property: Id(1)] int Total,
    [property: Id(2)] int OverdueCount,
    [property: Id(3)] ReviewQueueCursor? Next,
    [property: Id(4)] DateTimeOffset AsOf);
