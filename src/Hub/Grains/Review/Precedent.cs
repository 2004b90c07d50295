using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Grains.Review;

/// <summary>
/// One decision of this hub as the precedents index keeps it: on what foreign institution and programme, for what
/// purpose, with what outcome and (in short) why, when and by whom. Officers look these up so that like cases are
/// decided alike; the centre reads them as its record of recent decisions.
/// </summary>
/// <param name="Subject">The foreign institution and programme the case was about, as the case records them.</param>
/// <param name="Reasons">The decision's justification in its own language (or the rules' summary), shortened to
/// <see cref="ReasonsLength"/> characters: a reminder of why, the case holds the full text.</param>
/// <param name="DeciderId">The officer (or, for a commission, its chair; for the rules, the hub) that decided.</param>
/// <param name="SupersededBy">The decision that replaced this one on appeal, if any.</param>
public sealed record Precedent(
    string DecisionId,
    string CaseId,
    PrecedentSubject Subject,
    DecisionOutcome Outcome,
    string Reasons,
    string ReasonsLanguage,
    DateTimeOffset DecidedAt,
    DeciderKind DecidedBy,
    string DeciderId,
    RecognitionPurpose Purpose,
    string? SupersededBy)
{
    public const int ReasonsLength = 280;

    /// <summary>Every decision the case holds, oldest first: a decision taken before another replaced it is
    /// superseded by the next one. Empty for a case never decided.</summary>
    public static IReadOnlyList<Precedent> AllOf(RecognitionCaseState state)
    {
        if (state.Decision is null || !state.Exists)
        {
            return [];
        }

        var subject = PrecedentSubject.Of(state);
        List<CaseDecision> decisions = [.. state.PreviousDecisions, state.Decision];
        return [.. decisions.Select((d, i) => From(state, subject, d, i + 1 < decisions.Count ? decisions[i + 1].DecisionId : null))];
    }

    private static Precedent From(RecognitionCaseState state, PrecedentSubject subject, CaseDecision decision, string? supersededBy)
    {
        var justification = decision.Justification.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Text));
        var (language, reasons) = justification is null ? ("en", decision.Summary) : (justification.Language, justification.Text);
        return new Precedent(decision.DecisionId, state.CaseId, subject, decision.Outcome, Shorten(reasons.Trim()), language,
            decision.DecidedAt, decision.DecidedBy, decision.DeciderId, state.Submission!.Purpose, supersededBy);
    }

    private static string Shorten(string text) => text.Length <= ReasonsLength ? text : text[..(ReasonsLength - 1)].TrimEnd() + "…";
}

/// <summary>
/// The foreign institution and programme a case is about, taken from its first credential that names an awarding
/// body (most cases hold one credential; a case of several is filed under the first). The programme is known by its
/// title only, as the case records it; <see cref="ProgrammeKey"/> compares titles without regard to case or spacing.
/// </summary>
/// <param name="InstitutionId">The awarding body's id; empty when no credential names one (such a case has no
/// precedents).</param>
public sealed record PrecedentSubject(string InstitutionId, string? InstitutionName, string ProgrammeTitle, string Country)
{
    public static PrecedentSubject None { get; } = new("", null, "", "");

    public string ProgrammeKey => KeyOf(ProgrammeTitle);

    public bool IsKnown => InstitutionId.Length > 0;

    public static PrecedentSubject Of(RecognitionCaseState state)
    {
        var credential = state.Credentials.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.AwardingBodyId)) ?? (state.Credentials.Count > 0 ? state.Credentials[0] : null);
        if (credential is null)
        {
            return None;
        }

        // English where the credential has it, so that titles compare across cases that list languages in another order.
        var title = credential.Title.FirstOrDefault(t => t.Language == "en") ?? (credential.Title.Count > 0 ? credential.Title[0] : null);
        return new PrecedentSubject(credential.AwardingBodyId?.Trim() ?? "", credential.AwardingBodyName,
            title?.Text.Trim() ?? "", credential.IssuerCountry ?? credential.IssuingCountry);
    }

    /// <summary>Whether <paramref name="other"/> names the same programme (a blank title names none).</summary>
    public bool SameProgrammeAs(PrecedentSubject other) =>
        InstitutionId == other.InstitutionId && ProgrammeKey.Length > 0 && ProgrammeKey == other.ProgrammeKey;

    /// <summary>The title upper-cased with its spaces collapsed: "Data  analysis " and "DATA ANALYSIS" are one programme.</summary>
    public static string KeyOf(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

/// <summary>An earlier decision found for a case, and whether it was on the same programme or only the same institution.</summary>
public sealed record PrecedentMatch(Precedent Precedent, bool SameProgramme);

/// <summary>A page of the hub's decisions, newest first.</summary>
/// <param name="Total">Decisions the hub has taken (superseded ones included).</param>
public sealed record PrecedentPage(IReadOnlyList<Precedent> Items, int Total, int Offset, int PageSize)
{
    public bool HasNext => Offset + Items.Count < Total;
}
