using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Exchange.Adapters.Credentials;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.OpenBadges;

/// <summary>
/// Maps a verified OB 3.0 AchievementCredential / OpenBadgeCredential, or a plain VC 2.0 whose subject is
/// achievement-like, into the Adapters' <see cref="Credential"/> the recognition rules work on. Pure. What the document
/// does not state stays absent, so the required-elements check and the case's incomplete-file path name it; what
/// the trust list knows of the issuer (country, quality assurance) outranks the document's own words.
/// </summary>
public static partial class OpenBadgeMapper
{
    private static readonly string[] AchievementMembers = ["achievement", "degree", "hasCredential"];

    public static Credential Map(VcJwtPayload payload, OutsideMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        var credential = payload.Credential;
        var subject = VcJwtPayload.Subject(credential);
        var achievement = AchievementOf(subject);
        var language = Language(achievement) ?? Language(credential);
        var issuer = credential["issuer"] as JsonObject;
        return new Credential
        {
            Id = payload.CredentialId ?? "",
            Kind = AchievementKinds.Of(KindName(achievement)),
            Learner = LearnerOf(subject, payload.SubjectId),
            Title = TitleOf(achievement, credential, language),
            IssuerCountry = context.TrustedCountry is { Length: > 0 } trusted ? trusted : CountryOf(issuer),
            AwardingBody = AwardingBody(achievement?["creator"] as JsonObject, issuer, payload.IssuerId, context),
            IssueDate = IssueDate(credential, payload),
            LearningOutcomes = Outcomes(achievement, language),
            Workload = CreditSystems.Of(subject, achievement),
            Level = AlignmentLevels.Of(achievement?["alignment"]),
            QualityAssurance = QualityAssuranceOf(context.QualityAssurance),
            FieldCode = VcJwtPayload.Text(achievement?["fieldOfStudy"]) is { } field && IscedCode().IsMatch(field) ? field : null,
            FurtherInformation = AccessRights(achievement, credential, language),
            Grade = GradeResults.Of(subject, achievement),
        };
    }

    /// <summary>The subject's achievement (OB 3.0), else what a plain VC 2.0 subject holds in its place: the VC data
    /// model's own example names it <c>degree</c>, schema.org <c>hasCredential</c>. The subject itself is never read as
    /// the achievement: its name is the holder's.</summary>
    public static JsonObject? AchievementOf(JsonObject? subject) =>
        AchievementMembers.Select(name => subject?[name] switch
        {
            JsonObject one => one,
            JsonArray many => many.OfType<JsonObject>().FirstOrDefault(),
            _ => null,
        }).FirstOrDefault(a => a is not null);

    /// <summary>OB 3.0's achievementType, else the node's own type past the generic ones (a VC 2.0 "BachelorDegree").</summary>
    private static string? KindName(JsonObject? achievement) =>
        VcJwtPayload.FirstString(achievement?["achievementType"])
        ?? VcJwtPayload.Strings(achievement?["type"]).FirstOrDefault(t => t is not ("Achievement" or "EducationalOccupationalCredential"));

    public static string? Language(JsonObject? node) =>
        VcJwtPayload.Text(node?["inLanguage"]) is { } tag && LanguageValues.IsLanguageTag(tag) ? tag : null;

    /// <summary>The achievement's name in every language: the name itself, Exchange's nameByLanguage map, and the
    /// alternate-language editions OB 3.0 lists in related[]; the credential's name when the achievement has none.</summary>
    public static IReadOnlyList<LanguageString> TitleOf(JsonObject? achievement, JsonObject credential, string? language)
    {
        var title = LanguageValues.Merge(LanguageValues.Read(achievement?["name"], language), LanguageValues.Read(Term(achievement, "nameByLanguage"), language));
        foreach (var edition in (achievement?["related"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Language(edition) is { } editionLanguage)
            {
                title = LanguageValues.Merge(title, LanguageValues.Read(edition["name"], editionLanguage));
            }
        }

        return title.Count > 0 ? title : LanguageValues.Read(credential["name"], language);
    }

    /// <summary>
    /// Learning outcomes: the lines of the criteria's narrative when Exchange's narrativeByLanguage says they are the
    /// outcomes (line i in every language is outcome i), and each competency alignment that is not a level, with its
    /// URI (ESCO skills among them) so a rule can match it exactly; an alignment naming an outcome's text gives that
    /// outcome its URI.
    /// </summary>
    public static IReadOnlyList<LearningOutcome> Outcomes(JsonObject? achievement, string? language)
    {
        var outcomes = new List<LearningOutcome>();
        var criteria = achievement?["criteria"] as JsonObject;
        if (Term(criteria, "narrativeByLanguage") is { } byLanguage)
        {
            var texts = LanguageValues.Merge(LanguageValues.Read(criteria!["narrative"], language), LanguageValues.Read(byLanguage, language));
            var lines = texts.Select(t => (t.Language, Lines: t.Text.Split('\n').Select(ListItem).Where(l => l.Length > 0).ToList())).ToList();
            var count = lines.Count == 0 ? 0 : lines.Max(l => l.Lines.Count);
            for (var i = 0; i < count; i++)
            {
                outcomes.Add(new LearningOutcome([.. lines.Where(l => i < l.Lines.Count).Select(l => new LanguageString(l.Language, l.Lines[i]))]));
            }
        }

        foreach (var alignment in (achievement?["alignment"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (AlignmentLevels.IsLevel(alignment) || !Uri.TryCreate(VcJwtPayload.Text(alignment["targetUrl"]), UriKind.Absolute, out var uri)
                || VcJwtPayload.Text(alignment["targetType"]) == "ceterms:Credential")
            {
                continue;
            }

            var names = LanguageValues.Read(alignment["targetName"], language);
            var matching = outcomes.FindIndex(o => o.SkillUri is null && o.Texts.Any(t => names.Any(n => n.Text == t.Text)));
            if (matching >= 0)
            {
                outcomes[matching] = outcomes[matching] with { SkillUri = uri };
            }
            else if (outcomes.All(o => o.SkillUri != uri))
            {
                outcomes.Add(new LearningOutcome(names, uri));
            }
        }

        return outcomes;
    }

    /// <summary>A line of a Markdown list without its bullet ("- ", "* ").</summary>
    private static string ListItem(string line)
    {
        var text = line.Trim();
        return text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("* ", StringComparison.Ordinal) ? text[2..].Trim() : text;
    }

    /// <summary>The holder: the subject's id (or a plain sourcedId / studentId identifier) and name (the subject's name
    /// or a plain "name" identifier); hashed identifiers say nothing readable and are skipped.</summary>
    public static Learner? LearnerOf(JsonObject? subject, string? subjectId)
    {
        var identifiers = (subject?["identifier"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(i => i["hashed"] is not JsonValue h || !h.TryGetValue<bool>(out var hashed) || !hashed)
            .Select(i => (Type: VcJwtPayload.Text(i["identityType"]), Value: VcJwtPayload.Text(i["identityHash"])))
            .Where(i => i.Value is not null)
            .ToList();
        var id = subjectId is not null && ExchangeLearner().Match(subjectId) is { Success: true } learner ? learner.Groups[1].Value
            : subjectId ?? identifiers.FirstOrDefault(i => i.Type is "sourcedId" or "studentId" or "nationalIdentityNumber").Value;
        var name = LanguageValues.First(subject?["name"]) ?? identifiers.FirstOrDefault(i => i.Type == "name").Value;
        return id is null && name is null ? null : new Learner(id ?? "", name ?? "");
    }

    /// <summary>The awarding body: the achievement's creator when stated (Exchange's export names the institution
    /// there, the hub being the issuer), else the issuer; its name from the trust list when the issuer is on it.</summary>
    public static Organisation? AwardingBody(JsonObject? creator, JsonObject? issuer, string issuerId, OutsideMappingContext context)
    {
        if (creator is not null && VcJwtPayload.IdOf(creator) is { } creatorId)
        {
            return Profile(creator, creatorId, CountryOf(creator) ?? "");
        }

        var name = context.TrustedName ?? LanguageValues.First(issuer?["name"]);
        return name is null ? null : Profile(issuer, issuerId, context.TrustedCountry ?? CountryOf(issuer) ?? "") with { Name = name };
    }

    /// <summary>A Profile as an organisation; an Exchange export's creator is named by its registry id
    /// (otherIdentifier ext:ExchangeRegistryId), as the hub's own credentials name their awarding body.</summary>
    private static Organisation Profile(JsonObject? profile, string id, string country)
    {
        var registryId = (profile?["otherIdentifier"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(i => VcJwtPayload.Text(i["identifierType"]) == "ext:ExchangeRegistryId")
            .Select(i => VcJwtPayload.Text(i["identifier"]))
            .FirstOrDefault(i => i is not null);
        id = registryId ?? id;
        var name = LanguageValues.First(profile?["name"]) ?? "";
        var legal = (profile?["otherIdentifier"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(i => (Type: VcJwtPayload.Text(i["identifierType"]), Value: VcJwtPayload.Text(i["identifier"])))
            .Where(i => i.Value is not null)
            .Select(i => i.Type is null ? i.Value! : $"{i.Type}: {i.Value}");
        var contact = new[] { VcJwtPayload.Text(profile?["email"]), VcJwtPayload.Text(profile?["phone"]), VcJwtPayload.IdOf(profile?["url"]) }.OfType<string>();
        return new Organisation(id, name, country, Joined(legal), Joined(contact));
    }

    /// <summary>An OB Profile's address country as an ISO 3166 alpha-2 code, when it states one.</summary>
    public static string? CountryOf(JsonObject? profile)
    {
        var address = profile?["address"] as JsonObject;
        var code = VcJwtPayload.Text(address?["addressCountryCode"]) ?? VcJwtPayload.Text(address?["addressCountry"]);
        return code is { Length: 2 } && code.All(char.IsAsciiLetter) ? code.ToUpperInvariant() : null;
    }

    public static DateOnly? IssueDate(JsonObject credential, VcJwtPayload payload)
    {
        var awarded = VcJwtPayload.ParseDate(VcJwtPayload.Text(credential["awardedDate"])) ?? payload.ValidFrom;
        return awarded is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;
    }

    /// <summary>The issuer's quality assurance as the trust list holds it (never the document's claim about itself).</summary>
    public static QualityAssurance? QualityAssuranceOf(QualityAssuranceBasis? basis) => basis switch
    {
        null => null,
        { Scope: QualityAssuranceScope.Internal } => new QualityAssurance(QualityAssuranceType.InternalOnly, basis.Agency, DateOf(basis.ValidUntil)),
        { AgencyEqarRegistered: true } => new QualityAssurance(QualityAssuranceType.ExternalEqarRegistered, basis.Agency, DateOf(basis.ValidUntil)),
        _ => new QualityAssurance(QualityAssuranceType.ExternalNational, basis.Agency, DateOf(basis.ValidUntil)),
    };

    /// <summary>The access rights a qualification gives, where the document states them (an accessRights term on the
    /// achievement or the credential). The Adapters' model has no element for them, so they go to further information.</summary>
    public static string? AccessRights(JsonObject? achievement, JsonObject credential, string? language)
    {
        var texts = LanguageValues.Read(Term(achievement, "accessRights") ?? Term(credential, "accessRights"), language);
        return texts.Count == 0 ? null : "Access rights: " + string.Join(" / ", texts.Select(t => t.Language == LanguageValues.Undetermined ? t.Text : $"[{t.Language}] {t.Text}"));
    }

    /// <summary>A term of an extension context, as compacted ("creditSystem") or prefixed ("ext:…", "exchange:…", an IRI
    /// ending in "#term").</summary>
    public static JsonNode? Term(JsonObject? node, string term) =>
        node?.FirstOrDefault(p => p.Key == term || p.Key.EndsWith(":" + term, StringComparison.Ordinal) || p.Key.EndsWith("#" + term, StringComparison.Ordinal)).Value;

    private static DateOnly? DateOf(DateTimeOffset? at) => at is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : null;

    private static string? Joined(IEnumerable<string> parts)
    {
        var text = string.Join("; ", parts);
        return text.Length > 0 ? text : null;
    }

    [GeneratedRegex("^urn:exchange:[^:]+:learner:(.+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ExchangeLearner();

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IscedCode();
}
