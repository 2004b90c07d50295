using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Records;

/// <summary>The cases past their decision deadline, the longest overdue first, with how late each is.</summary>
/// <param name="Next">The page token of the next page, or null on the last.</param>
public sealed record OverdueView(IReadOnlyList<OverdueRow> Rows, int Total, string? Next, DateTimeOffset AsOf)
{
    public const int PageSize = 50;

    /// <summary>Overdue cases of the review queue in deadline order (its default order): the longest overdue first.</summary>
    public static ReviewQueueQuery Query(ReviewQueueCursor? after) =>
        new([], 0, null, true, null, false, false, null, false, after, PageSize);

    /// <param name="officerNames">Officers' display names by subject (the hub's accounts), for the assigned officer.</param>
    public static OverdueView Build(ReviewQueuePage page, bool canOpenCases, IReadOnlyDictionary<string, string>? officerNames = null) => new(
        [.. page.Items.Select(e => OverdueRow.From(e, page.AsOf, canOpenCases, officerNames))], page.Total, page.Next?.ToToken(), page.AsOf);
}

/// <summary>One overdue case.</summary>
/// <param name="DaysLate">Whole days since the deadline passed (0 on the day it passed); null when the case was marked
/// overdue without a deadline the queue knows.</param>
/// <param name="AssignedOfficer">The assigned officer's display name, else their id; null when nobody is assigned.</param>
/// <param name="Stage">In review, before a commission, or an appeal.</param>
public sealed record OverdueRow(
    string CaseId,
    string? CaseHref,
    string TargetTitle,
    string RequesterInstitutionId,
    IReadOnlyList<string> Countries,
    RecognitionPurpose Purpose,
    DateTimeOffset? Deadline,
    int? DaysLate,
    string? AssignedOfficer,
    CaseStatus Stage)
{
    public static OverdueRow From(ReviewQueueEntry entry, DateTimeOffset now, bool canOpenCases, IReadOnlyDictionary<string, string>? officerNames = null) => new(
        entry.CaseId,
        canOpenCases ? QueuePage.Case(entry.CaseId) : null,
        entry.TargetTitle,
        entry.RequesterInstitutionId,
        [.. entry.IssuingCountries.Distinct(StringComparer.Ordinal)],
        entry.Purpose,
        entry.Deadline,
        entry.Deadline is { } deadline ? Math.Max(0, (int)(now - deadline).TotalDays) : null,
        entry.AssignedOfficerId is { } officer && officerNames?.TryGetValue(officer, out var name) == true ? name : entry.AssignedOfficerId,
        entry.IsAppeal ? CaseStatus.Appealed : entry.InCommission ? CaseStatus.InCommission : CaseStatus.InReview);
}
