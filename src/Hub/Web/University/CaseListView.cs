using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.University;

/// <summary>What the university's case list shows: its filter, the rows of one page and the links to the others.</summary>
public sealed record CaseListView(
    CaseListInput Input,
    IReadOnlyList<(string Field, string Problem)> Problems,
    IReadOnlyList<StatusOption> StatusOptions,
    IReadOnlyList<CaseListRow> Rows,
    int Total,
    int Page,
    int Pages,
    string? PreviousHref,
    string? NextHref)
{
    public bool HasProblems => Problems.Count > 0;

    public IEnumerable<string> ProblemsOf(string field) => Problems.Where(p => p.Field == field).Select(p => p.Problem).Distinct();
}

/// <summary>A status of the filter: its code, its name (a translation key) and whether it is ticked.</summary>
public sealed record StatusOption(string Code, string Label, bool Selected);

/// <summary>One case of the list. Labels are English keys the view translates; the target and credential titles are
/// shown as the institution and the issuer wrote them.</summary>
public sealed record CaseListRow(
    string CaseId,
    string Href,
    string Target,
    IReadOnlyList<string> CredentialTitles,
    string Purpose,
    CaseStatus Status,
    string StatusLabel,
    DateTimeOffset ReceivedAt,
    DeadlineView Deadline,
    string? OutcomeLabel);
