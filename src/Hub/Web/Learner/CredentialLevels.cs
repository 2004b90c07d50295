using Exchange.Adapters;
using Exchange.Adapters.Frameworks;
using Exchange.Contracts.V1;
using QualificationFramework = Exchange.Contracts.V1.QualificationFramework;
using Exchange.Hub.Mapping;

namespace Exchange.Hub.Web.Learner;

/// <summary>A credential's level in EQF and in its national framework. The issuer's own claims come first; when it
/// stated only the national level, EQF is derived through the Adapters' level mapping and marked so.</summary>
/// <param name="Eqf">"7", "6–7", or null when neither stated nor derivable.</param>
/// <param name="NationalFramework">The national framework's label (a translation key), or null.</param>
public sealed record CredentialLevels(string? Eqf, bool EqfDerived, string? NationalFramework, string? NationalLevel)
{
    private static readonly LevelMapper Mapper = new(ReferenceData.Default.Frameworks);

    public static CredentialLevels Of(Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var claims = new[] { credential.Level }.Concat(credential.EquivalentLevels)
            .Where(l => l is not null && l.Framework != QualificationFramework.Unspecified && l.LevelCode.Length > 0)
            .ToList();
        var eqf = claims.FirstOrDefault(l => l.Framework == QualificationFramework.Eqf);
        var national = claims.FirstOrDefault(l => l.Framework is not (QualificationFramework.Eqf or QualificationFramework.QfEhea));
        var derived = eqf is null ? Derive(credential, national) : null;
        return new CredentialLevels(
            eqf?.LevelCode ?? derived,
            eqf is null && derived is not null,
            national is null ? null : CredentialLabels.Of(national.Framework),
            national?.LevelCode);
    }

    private static string? Derive(Credential credential, Level? national)
    {
        if (CredentialToDomain.Level(national) is not { } claim)
        {
            return null;
        }

        DateOnly? issued = credential.IssuedAt is null ? null : DateOnly.FromDateTime(credential.IssuedAt.ToDateTime());
        return Mapper.ToEqf(claim, issued).Eqf?.ToString();
    }
}
