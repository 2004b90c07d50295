using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Hub.Credentials.Outside.OpenBadges;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// Maps a European Digital Credential (ELM v3, JSON-LD compacted with the EDC context) into the Adapters'
/// <see cref="Credential"/> the recognition rules work on. Pure: what the document does not state stays missing, so
/// the required-elements check and the case's incomplete-file path name it, and a member of an unexpected shape is
/// read as missing, never thrown. The awarding body is read from the claim's awarding process, apart from the sealing
/// <c>issuer</c> (mandated issuing is normal in EDC); what the trust list knows of the sealer outranks the document.
/// </summary>
public static class ElmMapper
{
    /// <summary>The EDC application-profile context the ELM model publishes; its compacted terms are what the mapper
    /// reads. The VC data model contexts that accompany it are the import's, not ELM's.</summary>
    public const string EdcContext = "http://data.europa.eu/snb/model/context/edc-ap";

    public static IReadOnlySet<string> Contexts { get; } = new HashSet<string>(StringComparer.Ordinal) { EdcContext };

    public static Credential Map(JsonObject credential, OutsideMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(context);
        var subject = ElmNodes.First(credential["credentialSubject"]);
        var claims = ElmClaims.Of(subject);
        var claim = claims.Main;
        var specification = ElmNodes.First(claim?["specifiedBy"]);
        var awardingBody = ElmOrganisations.AwardingBody(claim, credential, context);
        var level = ElmLevels.Of(specification);
        var workload = ElmCredits.Of(claim);
        var notes = new ElmNotes();
        notes.Add(ElmEntitlements.AccessRights(claim, claims.Entitlements));
        notes.Add(level.Note);
        notes.Add(workload.Note);
        notes.Add(claims.OthersNote);
        notes.Add(ElmAccreditations.Note(claim, specification, awardingBody.Node));
        return new Credential
        {
            Id = ElmNodes.Text(credential["id"]) ?? "",
            Kind = ElmKinds.Of(credential, claim, specification, level.Claim),
            Learner = ElmLearners.Of(subject),
            Title = TitleOf(claim, specification, credential),
            IssuerCountry = context.TrustedCountry is { Length: > 0 } trusted ? trusted : awardingBody.Organisation?.Country is { Length: > 0 } country ? country : null,
            AwardingBody = awardingBody.Organisation,
            IssueDate = IssueDate(claim, credential),
            LearningOutcomes = ElmOutcomes.Of(claim),
            Workload = workload.Workload,
            Hours = workload.Hours,
            Level = level.Claim,
            AssessmentType = ElmModes.AssessmentOf(claim),
            ParticipationForm = ElmModes.ParticipationOf(claim, specification),
            Supervision = ElmModes.SupervisionOf(claim),
            QualityAssurance = OpenBadgeMapper.QualityAssuranceOf(context.QualityAssurance),
            Prerequisites = ElmNodes.Texts(specification?["entryRequirement"]) is { Count: > 0 } entry ? ElmNodes.Tagged(entry) : null,
            FieldCode = ElmKinds.FieldCode(specification),
            Grade = ElmGrades.Of(claim),
            FurtherInformation = notes.Text,
            AccessRights = ElmEntitlements.Rights(claim, claims.Entitlements),
        };
    }

    /// <summary>The sealer: <c>issuer.id</c>, or the issuer when it is a plain id string.</summary>
    public static string? IssuerId(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return ElmNodes.Id(credential["issuer"]);
    }

    /// <summary>When the credential is valid: validFrom (else the VC 1.1 issuanceDate, else ELM's issued), until
    /// validUntil (else expirationDate). A date that does not parse is missing.</summary>
    public static (DateTimeOffset? ValidFrom, DateTimeOffset? Expires) Validity(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var from = ElmNodes.Date(credential["validFrom"]) ?? ElmNodes.Date(credential["issuanceDate"]) ?? ElmNodes.Date(credential["issued"]);
        var until = ElmNodes.Date(credential["validUntil"]) ?? ElmNodes.Date(credential["expirationDate"]);
        return (from, until);
    }

    /// <summary>The claim's title in every language, else its specification's, else the credential's display title.</summary>
    public static IReadOnlyList<LanguageString> TitleOf(JsonObject? claim, JsonObject? specification, JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var candidates = new[]
        {
            claim?["title"], specification?["title"], ElmNodes.First(credential["displayParameter"])?["title"], credential["title"],
        };
        return candidates.Select(ElmNodes.Texts).FirstOrDefault(t => t.Count > 0) ?? [];
    }

    /// <summary>The awarding date of the claim, else when the credential was issued or became valid.</summary>
    public static DateOnly? IssueDate(JsonObject? claim, JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return ElmNodes.DayOf(ElmNodes.First(claim?["awardedBy"])?["awardingDate"])
            ?? ElmNodes.DayOf(credential["issuanceDate"]) ?? ElmNodes.DayOf(credential["issued"]) ?? ElmNodes.DayOf(credential["validFrom"]);
    }
}
