namespace Exchange.Adapters.Validation;

/// <summary>
/// The validation of one credential. An incomplete file is kept and can be completed later; the
/// decision clock starts only when <see cref="IsComplete"/> is true.
/// </summary>
public sealed record ValidationResult(string CredentialId, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsComplete => Issues.Count == 0;
}
