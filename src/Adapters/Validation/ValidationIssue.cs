namespace Exchange.Adapters.Validation;

/// <summary>Whether an element is absent or present but unusable.</summary>
public enum IssueKind
{
    Missing = 1,
    Invalid = 2,
}

/// <summary>One missing or invalid element: stable machine name, kind, English message and the rule's source.</summary>
public sealed record ValidationIssue(string Element, IssueKind Kind, string Message, string Source);
