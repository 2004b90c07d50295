namespace Exchange.Hub.Web.Printing;

/// <summary>A recognition decision as the university prints it: the facts (label/value) and the sections (reasons,
/// conditions, appeal), every text already in <paramref name="Language"/>.</summary>
public sealed record DecisionPrint(string Language, string DecidingHub, string CaseId, string DecisionId, string Outcome,
    string Target, DateTimeOffset DecidedAt, IReadOnlyList<PrintLine> Facts, IReadOnlyList<PrintSection> Sections)
{
    /// <summary>The printed words around the data, in <see cref="Language"/>; English unless the caller gives them.</summary>
    public DecisionPrintLabels Labels { get; init; } = DecisionPrintLabels.English;
}
