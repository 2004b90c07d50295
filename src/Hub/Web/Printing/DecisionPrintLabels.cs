namespace Exchange.Hub.Web.Printing;

/// <summary>The words a decision printout puts around its data, translated by the caller.</summary>
public sealed record DecisionPrintLabels(string Title, string DecidingHub, string Case, string Decision, string Outcome,
    string Target, string DecidedAt, string Page)
{
    /// <summary><see cref="Page"/> is a composite format taking the page number and the page count.</summary>
    public static DecisionPrintLabels English { get; } = new(
        "Recognition decision", "Decided by", "Case", "Decision", "Outcome", "Recognised as", "Decided on", "Page {0} of {1}");
}
