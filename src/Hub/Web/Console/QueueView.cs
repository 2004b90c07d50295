using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Web.Console;

/// <summary>The queue page: the form as sent, its problems by field, and (when the filter is valid) one page of cases
/// with the counts. Labels are the English keys the view translates.</summary>
public sealed record QueueView(
    QueueFilterInput Input,
    IReadOnlyList<(string Field, string Problem)> Problems,
    IReadOnlyList<QueueRow> Rows,
    int Total,
    int OverdueCount,
    string? NextPageHref,
    string? FirstPageHref)
{
    public bool HasProblems => Problems.Count > 0;

    public IEnumerable<string> ProblemsOf(string field) => Problems.Where(p => p.Field == field).Select(p => p.Problem);
}

/// <summary>One case in the queue, as a row links it.</summary>
public sealed record QueueRow(
    string CaseId,
    string Href,
    string Target,
    IReadOnlyList<string> CredentialTitles,
    IReadOnlyList<string> OriginCountries,
    string Purpose,
    IReadOnlyList<string> Flagged,
    string Status,
    DateTimeOffset ReceivedAt,
    int AgeDays,
    DeadlineView Deadline,
    string? AssignedOfficerId,
    bool AssignedToMe,
    bool IsAppeal,
    bool InCommission)
{
    /// <summary>The assigned officer's name from the hub's accounts; null when the directory does not know them.</summary>
    public string? AssignedOfficerName { get; init; }
}

/// <summary>Builds the queue page from the index's page; pure, so it is specified without a cluster.</summary>
public static class QueueViewBuilder
{
    public const int PageSize = 25;

    public static QueueView Invalid(QueueFilterInput input, IReadOnlyList<(string Field, string Problem)> problems) =>
        new(input, problems, [], 0, 0, null, null);

    /// <param name="officerNames">Officers' display names by subject (the hub's accounts), for the assigned column.</param>
    public static QueueView Build(QueueFilterInput input, ReviewQueuePage page, string officerId, string language,
        IReadOnlyDictionary<string, string>? officerNames = null) => new(
        input,
        [],
        [.. page.Items.Select(e => Row(e, officerId, language, page.AsOf) with
        {
            AssignedOfficerName = e.AssignedOfficerId is { } id && officerNames?.TryGetValue(id, out var name) == true ? name : null,
        })],
        page.Total,
        page.OverdueCount,
        page.Next is { } next ? input.Href(next.ToToken()) : null,
        string.IsNullOrEmpty(input.PageToken) ? null : input.Href(null));

    private static QueueRow Row(ReviewQueueEntry e, string officerId, string language, DateTimeOffset now) => new(
        e.CaseId,
        QueuePage.Case(e.CaseId),
        e.TargetTitle,
        [.. e.CredentialTitles.Select(t => LocalTexts.Pick(t, language))],
        [.. e.IssuingCountries.Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
        ConsoleLabels.Of(e.Purpose),
        [.. e.Flagged.Select(ConsoleLabels.Of)],
        ConsoleLabels.Of(e.Status),
        e.ReceivedAt,
        e.AgeDays(now),
        DeadlineView.Of(e.Deadline, e.IsOverdueAt(now), now),
        e.AssignedOfficerId,
        string.Equals(e.AssignedOfficerId, officerId, StringComparison.Ordinal),
        e.IsAppeal,
        e.InCommission);
}
