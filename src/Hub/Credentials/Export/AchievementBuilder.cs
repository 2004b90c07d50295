using System.Text.Json.Nodes;
using Exchange.Contracts.V1;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// The Open Badges <c>Achievement</c> of an export: what was achieved, as the awarding institution describes it —
/// name and description (OB requires both), the learning outcomes as the criteria's narrative, the kind as
/// <c>achievementType</c>, ECTS credits, level and skill alignments, the institution as creator, the original language
/// and every language's texts as language maps.
/// </summary>
public static class AchievementBuilder
{
    public static JsonObject Build(OpenBadgeSource source, string hubId, string language)
    {
        ArgumentNullException.ThrowIfNull(source);
        var credential = source.Credential;
        var id = OpenBadgeIds.Achievement(hubId, credential.ProgrammeId, credential.CredentialId);
        var description = DescriptionSource(credential);
        var achievement = new JsonObject
        {
            ["id"] = id,
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = AchievementTypes.Of(credential.Kind),
            ["name"] = ExportLanguages.In(credential.Title, language) ?? credential.CredentialId,
            ["description"] = DescriptionIn(credential, description, language),
            ["criteria"] = Criteria(credential, language),
        };
        if (ExportLanguages.AsOpenBadgesTag(language) is { } tag)
        {
            achievement["inLanguage"] = tag;
        }

        if (ExportLanguages.Map(credential.Title) is { } names)
        {
            achievement[ExchangeTerms.NameByLanguage] = names;
        }

        if (DescriptionMap(credential, description) is { } descriptions)
        {
            achievement[ExchangeTerms.DescriptionByLanguage] = descriptions;
        }

        if (ExportCredits.Ects(credential) is { } ects)
        {
            achievement["creditsAvailable"] = ects;
            achievement[ExchangeTerms.CreditSystem] = ExchangeTerms.EctsSystem;
        }

        var alignments = LevelAlignments.Of(credential).Concat(SkillAlignments.Of(credential, language)).ToList();
        if (alignments.Count > 0)
        {
            achievement["alignment"] = new JsonArray([.. alignments]);
        }

        if (GradeResult.Applies(credential.Grade))
        {
            achievement["resultDescription"] = new JsonArray(GradeResult.Description(credential.Grade, id));
        }

        if (credential.IscedFCodes.FirstOrDefault(c => c.Length > 0) is { } field)
        {
            achievement["fieldOfStudy"] = field;
        }

        achievement["creator"] = CreatorProfile.Of(hubId, source.InstitutionId, credential.AwardingBodies.FirstOrDefault(), language);
        return achievement;
    }

    /// <summary>The text the institution wrote about what the credential covers: its content, else its purpose, else
    /// its further information; null when it wrote none (the outcomes then describe it).</summary>
    private static MultilingualText? DescriptionSource(Credential credential) =>
        new[] { credential.Content, credential.Purpose, credential.FurtherInformation }.FirstOrDefault(t => ExportLanguages.First(t) is not null);

    private static string DescriptionIn(Credential credential, MultilingualText? description, string language) =>
        description is not null ? ExportLanguages.In(description, language)!
        : Outcomes(credential, language) is { Length: > 0 } outcomes ? outcomes
        : ExportLanguages.In(credential.Title, language) ?? credential.CredentialId;

    private static JsonObject? DescriptionMap(Credential credential, MultilingualText? description)
    {
        if (description is not null)
        {
            return ExportLanguages.Map(description);
        }

        var map = new JsonObject();
        foreach (var language in OutcomeLanguages(credential))
        {
            map[language] = Outcomes(credential, language);
        }

        return map.Count > 0 ? map : null;
    }

    private static JsonObject Criteria(Credential credential, string language)
    {
        var criteria = new JsonObject();
        if (credential.LearningOutcomes.Count == 0)
        {
            return criteria;
        }

        criteria["narrative"] = Narrative(credential, language);
        var map = new JsonObject();
        foreach (var other in OutcomeLanguages(credential))
        {
            map[other] = Narrative(credential, other);
        }

        criteria[ExchangeTerms.NarrativeByLanguage] = map;
        return criteria;
    }

    /// <summary>The learning outcomes as a Markdown list (OB's narrative is Markdown); an outcome with no text in the
    /// language keeps its original text there.</summary>
    private static string Narrative(Credential credential, string language) =>
        string.Join('\n', credential.LearningOutcomes.Select(o => ExportLanguages.In(o.Text, language)).OfType<string>().Select(t => "- " + t));

    private static string Outcomes(Credential credential, string language) =>
        string.Join(' ', credential.LearningOutcomes.Select(o => ExportLanguages.In(o.Text, language)).OfType<string>());

    private static IReadOnlyList<string> OutcomeLanguages(Credential credential) =>
        ExportLanguages.Of(credential.LearningOutcomes.Select(o => o.Text));
}
