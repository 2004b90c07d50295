using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;

namespace Exchange.Adapters.AccessData;

/// <summary>
/// The access rights the rules read for one credential: as stated on the document, or derived from national data
/// (then <see cref="Provenance"/> names the source and whether it is verified), or none.
/// </summary>
public sealed record CredentialAccess(string CredentialId, IReadOnlyList<AccessRight> Rights, Provenance? Provenance)
{
    public bool IsDerived => Rights.Count > 0 && Rights.All(r => r.IsDerived);

    public bool IsKnown => Rights.Count > 0;

    /// <summary>The highest further-study level the rights open; null when they open none with a stated level.</summary>
    public int? HighestFurtherStudy => Rights.Where(r => r.Kind == AccessKind.FurtherStudy && r.EqfLevel is not null).Max(r => r.EqfLevel);

    /// <summary>"further_study:7 (document)"-style description of every right, for evidence lists.</summary>
    public string Describe() => Rights.Count == 0
        ? CredentialId + ": no access stated"
        : CredentialId + ": " + string.Join(", ", Rights.Select(r => r.Code + " (" + r.Source + ")"))
            + (Provenance is { } p ? " " + p.SourceKeys + (p.Verified ? "" : " unverified") : "");
}
