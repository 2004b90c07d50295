using System.Globalization;
using System.Text;
using System.Xml;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials.Outside.OpenBadges;
using static Exchange.Hub.Credentials.Outside.Elmo.ElmoElements;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>
/// Maps a verified ELMO document — all its reports — into ONE transcript <see cref="Credential"/>. Pure. The title is
/// the single root learning opportunity's title in every language, else "Transcript of records — {issuer}" in the
/// languages the issuer is named in; the kind is a degree when that single root is a "Degree Programme", else a
/// course result (the contract's partial studies). Credits count once per root-to-leaf path (see
/// <see cref="ElmoLearningTree"/>); the level is the root's EQF level; the grade is the root's result on its scheme
/// with its distribution; the passed courses are the learning outcomes (title and description, no skill URI: ELMO has
/// none). What the model has no element for — language of instruction, other credit schemes and levels, what was not
/// counted and why — is written into further information. What the document does not state stays absent.
/// </summary>
public static class ElmoMapper
{
    private const int MaxOutcomes = 200;

    /// <param name="id">The transcript's id (ELMO has none of its own).</param>
    /// <param name="awarding">The report whose issuer awards the transcript: the one whose trusted key verified it,
    /// else the first.</param>
    public static Credential Map(XmlDocument document, string id, OutsideMappingContext context, ElmoReport? awarding = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var elmo = document.DocumentElement!;
        var reports = ElmoReport.Of(elmo);
        awarding ??= reports.Count > 0 ? reports[0] : null;
        var roots = reports.SelectMany(r => r.Roots.Select(root => (Report: r, Root: root))).ToList();
        var single = roots.Count == 1 ? roots[0] : default;
        var rootInstance = single.Root is null ? null : ElmoLearningTree.Instance(single.Root);
        var tally = ElmoLearningTree.Tally(roots.Select(r => r.Root));
        var notes = new List<string>();

        var credential = new Credential
        {
            Id = id,
            Kind = single.Root is not null && Text(single.Root, "type") == "Degree Programme" ? CredentialKind.Degree : CredentialKind.CourseResult,
            Learner = LearnerOf(Child(elmo, "learner")),
            Title = single.Root is not null && Texts(single.Root, "title") is { Count: > 0 } titles ? titles : TranscriptTitle(reports),
            IssuerCountry = context.TrustedCountry is { Length: > 0 } trusted ? trusted : awarding?.Issuer?.Country,
            AwardingBody = AwardingBody(awarding?.Issuer, context),
            IssueDate = Date(awarding?.IssueDateText),
            LearningOutcomes = Outcomes(tally.Passed, single.Root),
            Workload = tally.Ects is { } ects ? Workload.Ects(ects) : null,
            Hours = tally.Hours,
            Level = Level(rootInstance, notes),
            Grade = single.Root is null ? null : ElmoGrades.Of(rootInstance, single.Report.Element, ElmoLearningTree.Name(single.Root)),
            QualityAssurance = OpenBadgeMapper.QualityAssuranceOf(context.QualityAssurance),
            FieldCode = Text(single.Root, "iscedCode") is { Length: 4 } isced && isced.All(char.IsAsciiDigit) ? isced : null,
        };

        return credential with { FurtherInformation = Notes(reports, tally, rootInstance, notes) };
    }

    /// <summary>The learner: an ESI, else the national identifier, else the first identifier ("type:value"); the
    /// names as given; the birth date (ELMO 1.x bday, 2.x dateOfBirth; a time zone on it ignored).</summary>
    public static Learner? LearnerOf(XmlElement? learner)
    {
        if (learner is null)
        {
            return null;
        }

        var identifiers = Identifiers(learner);
        var preferred = identifiers.FirstOrDefault(i => i.Type == "esi");
        preferred = preferred.Value is not null ? preferred : identifiers.FirstOrDefault(i => i.Type == "nationalIdentifier");
        preferred = preferred.Value is not null || identifiers.Count == 0 ? preferred : identifiers[0];
        var identifier = preferred.Value is null ? "" : preferred.Type == "esi" ? preferred.Value : $"{preferred.Type}:{preferred.Value}";
        var name = string.Join(' ', new[] { Text(learner, "givenNames"), Text(learner, "familyName") }.OfType<string>());
        var born = Date(Text(learner, "dateOfBirth") ?? Text(learner, "bday"));
        return identifier.Length == 0 && name.Length == 0 ? null : new Learner(identifier, name, born);
    }

    /// <summary>The report issuer as the awarding body: named by the trust list when it is on it, else by its English
    /// (else first) title; its id the first trust-list id (schac:, pic:), else its first identifier; every identifier
    /// and the other-language names as legal data, the web page as contact data.</summary>
    public static Organisation? AwardingBody(ElmoIssuer? issuer, OutsideMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (issuer is null)
        {
            return null;
        }

        var id = issuer.TrustIds.Count > 0 ? issuer.TrustIds[0] : issuer.Identifiers.Count > 0 ? $"{issuer.Identifiers[0].Type}:{issuer.Identifiers[0].Value}" : "";
        var name = context.TrustedName ?? issuer.Name;
        var legal = issuer.Identifiers.Select(i => $"{i.Type}: {i.Value}")
            .Concat(issuer.Titles.Where(t => t.Text != name).Select(t => $"name [{t.Language}]: {t.Text}"));
        return new Organisation(id, name, context.TrustedCountry is { Length: > 0 } c ? c : issuer.Country ?? "", Joined(legal), issuer.Url);
    }

    private static IReadOnlyList<LanguageString> TranscriptTitle(IReadOnlyList<ElmoReport> reports)
    {
        var languages = reports.SelectMany(r => r.Issuer?.Titles ?? []).Select(t => t.Language).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return [.. languages.Select(language => new LanguageString(language, "Transcript of records — " + string.Join(", ",
            reports.Select(r => r.Issuer).OfType<ElmoIssuer>()
                .Select(i => i.Titles.FirstOrDefault(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase))?.Text ?? Preferred(i.Titles))
                .OfType<string>().Distinct(StringComparer.Ordinal))))];
    }

    /// <summary>Each passed course, module or class (not the single root the title already names, not a degree
    /// programme) as an outcome: its title, with its description, in every language it has.</summary>
    private static IReadOnlyList<LearningOutcome> Outcomes(IReadOnlyList<XmlElement> passed, XmlElement? root) =>
        [.. passed
            .Where(los => los != root && Text(los, "type") != "Degree Programme")
            .Select(los =>
            {
                var descriptions = Texts(los, "description");
                return new LearningOutcome([.. Texts(los, "title").Select(t =>
                    descriptions.FirstOrDefault(d => d.Language == t.Language) is { } d ? t with { Text = t.Text + ": " + OutsideChecks.Cut(d.Text, 500) } : t)]);
            })
            .Where(o => o.Texts.Count > 0)
            .Take(MaxOutcomes)];

    /// <summary>The root's EQF level (the one level type ELMO requires clients to know); other level types are named.</summary>
    private static LevelClaim? Level(XmlElement? instance, List<string> notes)
    {
        LevelClaim? eqf = null;
        foreach (var level in Children(instance, "level"))
        {
            var type = Text(level, "type") ?? "";
            var value = Text(level, "value") ?? "";
            if (string.Equals(type, "EQF", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 8)
            {
                eqf ??= LevelClaim.Eqf(n);
            }
            else
            {
                notes.Add($"level {OutsideChecks.Cut(type, 40)} {OutsideChecks.Cut(value, 20)}".TrimEnd() + (Text(level, "description") is { } d ? $" ({OutsideChecks.Cut(d, 80)})" : ""));
            }
        }

        return eqf;
    }

    private static string? Notes(IReadOnlyList<ElmoReport> reports, ElmoTally tally, XmlElement? rootInstance, List<string> levels)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"EMREX ELMO transcript of {reports.Count} report{(reports.Count == 1 ? "" : "s")}: {string.Join("; ", reports.Take(10).Select(r => r.Issuer?.Words ?? "no issuer"))}{(reports.Count > 10 ? "; …" : "")}.");
        if (tally.Credits.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Credits counted once per root-to-leaf path: {string.Join(", ", tally.Credits.Select(c => $"{c.Value.ToString(CultureInfo.InvariantCulture)} {c.Key.ToUpperInvariant()}"))}.");
        }

        Listed(text, "Not counted (failed or in progress)", tally.NotCounted);
        Listed(text, "Stated again below a counted node, not added", tally.StatedAgain);
        Listed(text, "Other levels", levels);
        if (Text(rootInstance, "languageOfInstruction") is { } language)
        {
            text.Append(CultureInfo.InvariantCulture, $" Language of instruction: {OutsideChecks.Cut(language, 20)}.");
        }

        if (ElmoGrades.Shortened(rootInstance) is { } shortened)
        {
            text.Append(CultureInfo.InvariantCulture, $" Shortened grading: {shortened}.");
        }

        return text.ToString();
    }

    private static void Listed(StringBuilder text, string heading, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" {heading}: {string.Join("; ", items.Take(50))}{(items.Count > 50 ? $"; and {items.Count - 50} more" : "")}.");
        }
    }

    private static string? Joined(IEnumerable<string> parts)
    {
        var text = string.Join("; ", parts);
        return text.Length > 0 ? text : null;
    }
}
