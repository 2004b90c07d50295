using Exchange.Adapters.Common;

namespace Exchange.Adapters.Validation;

/// <summary>Whether an element is absent or present but unusable.</summary>
public enum IssueKind
{
    Missing = 1,
    Invalid = 2,
}

/// <summary>One missing or invalid element: stable machine name, kind, message (key, arguments, English) and the rule's source.</summary>
public sealed record ValidationIssue(string Element, IssueKind Kind, Message Text, string Source)
{
    /// <summary>The message in English.</summary>
    public string Message => Text.English;
}
