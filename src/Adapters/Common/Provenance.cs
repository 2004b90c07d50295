namespace Exchange.Adapters.Common;

/// <summary>
/// Where a table value or a derived figure comes from. <see cref="SourceKeys"/> are the keys of
/// shared/domain/reference.md §9 so an officer can trace every number back to a document.
/// </summary>
/// <param name="SourceKeys">Reference keys, e.g. "[U1][U2]".</param>
/// <param name="Note">What the value is, in English.</param>
/// <param name="Verified">False when the reference marks the fact (r): recalled, not yet checked.</param>
public sealed record Provenance(string SourceKeys, string Note, bool Verified = true);
