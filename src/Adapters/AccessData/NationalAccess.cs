using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Frameworks;

namespace Exchange.Adapters.AccessData;

/// <summary>
/// Reads a credential's access rights: the document's own statement wins; a degree that states none gets the
/// further study its level opens at home from <see cref="AccessTables"/>; anything else stays without rights.
/// Used by the rules and by an issuing hub that fills in a degree's rights before signing.
/// </summary>
public sealed class NationalAccess
{
    private readonly AccessTables _tables;

    public NationalAccess(AccessTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
    }

    public AccessTables Tables => _tables;

    /// <summary>The credential's rights as the rules read them, given its level as mapped to EQF.</summary>
    public CredentialAccess Read(Credential credential, LevelMapping? level)
    {
        ArgumentNullException.ThrowIfNull(credential);
        // A right without a kind says nothing; only the others count as stated.
        var stated = credential.AccessRights.Where(r => r.Kind != AccessKind.Unspecified).ToList();
        if (stated.Count > 0)
        {
            return new CredentialAccess(credential.Id, stated, null);
        }

        return Derive(credential.Kind, credential.IssuerCountry, level?.Eqf) is { } derived
            ? new CredentialAccess(credential.Id, [derived.Right], derived.Provenance)
            : new CredentialAccess(credential.Id, [], null);
    }

    /// <summary>
    /// What a degree at this EQF level opens at home; null for anything that is not a degree (a vocational
    /// qualification or micro-credential states its own access, or has none the data can vouch for) or whose level
    /// is unknown. A level band counts by its lower end, so the derivation never promises more than is certain.
    /// </summary>
    public (AccessRight Right, Provenance Provenance)? Derive(CredentialKind kind, string? country, LevelRange? eqf)
    {
        if (kind != CredentialKind.Degree || eqf is not { } level)
        {
            return null;
        }

        var table = _tables.For(country);
        return table.ByLevel.TryGetValue(level.Min, out var entry)
            ? (new AccessRight(AccessKind.FurtherStudy, entry.FurtherStudyEqf, null, table.Source), entry.Provenance)
            : null;
    }
}
