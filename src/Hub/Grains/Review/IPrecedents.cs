namespace Exchange.Hub.Grains.Review;

/// <summary>
/// The hub's record of its decisions, one stored row per decision in the hub database (implemented under
/// Persistence/Indexes): the precedents an officer sees beside a case, and the centre's list of recent decisions.
/// A case writes its decisions here after storing them (<c>CaseUpkeepApplier</c>), one statement per decision,
/// never its whole state.
/// </summary>
public interface IPrecedents
{
    /// <summary>Most earlier decisions shown beside one case.</summary>
    public const int MaxMatches = 50;

    /// <summary>Most decisions on one page of the centre's list.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Stores the decisions (all of one case), replacing any row with the same decision id: writing them
    /// again changes nothing, and marks an earlier decision superseded once a later one replaced it.</summary>
    Task RecordAsync(IReadOnlyList<Precedent> decisions);

    /// <summary>Earlier decisions on the subject's foreign institution, except those of <paramref name="excludingCaseId"/>:
    /// those on the same programme first, then the rest of the institution's, each group newest first; at most
    /// <paramref name="limit"/> (capped at <see cref="MaxMatches"/>). None for a subject without an institution.</summary>
    Task<IReadOnlyList<PrecedentMatch>> ForAsync(PrecedentSubject subject, string excludingCaseId, int limit);

    /// <summary>The hub's decisions, newest first, <paramref name="pageSize"/> (capped at <see cref="MaxPageSize"/>)
    /// from <paramref name="offset"/>.</summary>
    Task<PrecedentPage> DecidedAsync(int offset, int pageSize);

    /// <summary>Cases the case index lists as decided (or appealed) with no decision recorded here: decided before the
    /// hub kept precedents, or whose record failed after the decision was stored. The hub resumes them at start, which
    /// records their decisions.</summary>
    Task<IReadOnlyList<string>> UnrecordedCasesAsync(CancellationToken cancellationToken);
}
