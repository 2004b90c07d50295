using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Records;

/// <summary>The earlier decisions shown beside a case: those on the same programme, then the rest of the same
/// foreign institution's, each newest first.</summary>
/// <param name="InstitutionKnown">False when no credential of the case names its awarding body: then there is
/// nothing to compare with, which the view says instead of "no earlier decisions".</param>
public sealed record PrecedentsView(
    PrecedentSubject Subject,
    bool InstitutionKnown,
    IReadOnlyList<PrecedentRow> SameProgramme,
    IReadOnlyList<PrecedentRow> SameInstitution)
{
    public bool IsEmpty => SameProgramme.Count == 0 && SameInstitution.Count == 0;

    /// <param name="canOpenCases">Whether the viewer may open the earlier cases (the link is left out otherwise).</param>
    /// <param name="officerNames">Officers' display names by subject (the hub's accounts), for who decided.</param>
    public static PrecedentsView Build(PrecedentSubject subject, IReadOnlyList<PrecedentMatch> matches, bool canOpenCases,
        IReadOnlyDictionary<string, string>? officerNames = null)
    {
        var rows = matches.Select(m => PrecedentRow.From(m.Precedent, canOpenCases, officerNames)).ToList();
        return new PrecedentsView(subject, subject.IsKnown,
            [.. rows.Where((_, i) => matches[i].SameProgramme)],
            [.. rows.Where((_, i) => !matches[i].SameProgramme)]);
    }
}

/// <summary>One earlier decision as a line of the record pages.</summary>
/// <param name="CaseHref">The case page, or null when the viewer may not open it or the console does not show the case
/// (<see cref="OpensInConsole"/>).</param>
/// <param name="Institution">The foreign institution's name, else its id.</param>
public sealed record PrecedentRow(
    string DecisionId,
    string CaseId,
    string? CaseHref,
    DecisionOutcome Outcome,
    string Reasons,
    string ReasonsLanguage,
    DateOnly DecidedOn,
    DateTimeOffset DecidedAt,
    DecidedBy DecidedBy,
    RecognitionPurpose Purpose,
    string Institution,
    string ProgrammeTitle,
    string Country,
    bool Superseded)
{
    public static PrecedentRow From(Precedent precedent, bool canOpenCases, IReadOnlyDictionary<string, string>? officerNames = null) => new(
        precedent.DecisionId,
        precedent.CaseId,
        canOpenCases && OpensInConsole(precedent) ? QueuePage.Case(precedent.CaseId) : null,
        precedent.Outcome,
        precedent.Reasons,
        precedent.ReasonsLanguage,
        DateOnly.FromDateTime(precedent.DecidedAt.UtcDateTime),
        precedent.DecidedAt,
        DecidedBy.Of(precedent, officerNames),
        precedent.Purpose,
        string.IsNullOrWhiteSpace(precedent.Subject.InstitutionName) ? precedent.Subject.InstitutionId : precedent.Subject.InstitutionName,
        precedent.Subject.ProgrammeTitle,
        precedent.Subject.Country,
        precedent.SupersededBy is not null);

    /// <summary>The console opens only cases referred to review: one decided by an officer or a commission, or whose
    /// automatic decision was appealed and replaced. A case the rules decided alone is listed without a link.</summary>
    public static bool OpensInConsole(Precedent precedent) =>
        precedent.DecidedBy != DeciderKind.Automatic || precedent.SupersededBy is not null;
}
