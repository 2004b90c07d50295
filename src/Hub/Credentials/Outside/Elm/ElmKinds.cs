using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Frameworks;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// What the credential is, which decides whether the EU micro-credential elements apply. A Diploma Supplement
/// profile is a degree; a partial qualification is a course result; a full Qualification from formal learning (the
/// learning-setting concept) is a degree at EQF 5 and above and a vocational qualification below, unless its type
/// is a short learning programme; everything else — a learning achievement specification, non-formal learning, a
/// participation — is a micro-credential, the EU default for a short learning experience.
/// </summary>
public static partial class ElmKinds
{
    private const string DiplomaSupplementProfile = "http://data.europa.eu/snb/credential/6dff8a0f87";
    private const string FormalLearning = "http://data.europa.eu/snb/learning-setting/6fd4685715";
    private const string ShortLearningProgramme = "http://data.europa.eu/snb/learning-opportunity/74a4a268e8";

    public static CredentialKind Of(JsonObject credential, JsonObject? claim, JsonObject? specification, LevelClaim? level)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (ElmNodes.Ids(credential["credentialProfiles"]).Contains(DiplomaSupplementProfile, StringComparer.Ordinal))
        {
            return CredentialKind.Degree;
        }

        if (!ElmNodes.HasType(specification, "Qualification") || claim is null)
        {
            return CredentialKind.MicroCredential;
        }

        if (specification!["isPartialQualification"] is JsonValue partial && partial.TryGetValue<bool>(out var isPartial) && isPartial)
        {
            return CredentialKind.CourseResult;
        }

        var formal = ElmNodes.Ids(specification["learningSetting"]).Contains(FormalLearning, StringComparer.Ordinal);
        var shortProgramme = ElmNodes.Ids(specification["dcType"]).Contains(ShortLearningProgramme, StringComparer.Ordinal);
        var eqf = level switch
        {
            { Framework: QualificationFramework.Eqf or QualificationFramework.LatviaLqf } => level.Level,
            { Framework: QualificationFramework.QfEhea } => 6,
            _ => (int?)null,
        };
        return formal && !shortProgramme && eqf is { } n ? n >= 5 ? CredentialKind.Degree : CredentialKind.VocationalQualification : CredentialKind.MicroCredential;
    }

    /// <summary>The ISCED-F 2013 detailed field (four digits) of the specification's thematic areas, when one is stated.</summary>
    public static string? FieldCode(JsonObject? specification) =>
        ElmNodes.Ids(specification?["thematicArea"])
            .Select(id => IscedConcept().Match(id))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .FirstOrDefault();

    [GeneratedRegex("^https?://data\\.europa\\.eu/snb/isced-f/([0-9]{4})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IscedConcept();
}
