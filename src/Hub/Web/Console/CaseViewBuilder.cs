using System.Globalization;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Text;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Messaging;

namespace Exchange.Hub.Web.Console;

/// <summary>
/// Builds the case page from the case as the engine recorded it; pure, so it is specified without a cluster. It shows
/// only what the state holds: a case assessed before the side-by-side evidence was kept shows the engine's evidence
/// lines instead, never values rebuilt from today's tables.
/// </summary>
public static class CaseViewBuilder
{
    public static CaseView Build(RecognitionCaseState state, DateTimeOffset now, string language, CultureInfo culture)
    {
        var submission = state.Submission ?? throw new ArgumentException("The case has no submission.", nameof(state));
        var assessment = state.Assessment;
        var evidenceRecorded = assessment is { CredentialEvidence.Count: > 0 };
        var titles = state.Credentials.ToDictionary(c => c.CredentialId, c => LocalTexts.Pick(c.Title, language), StringComparer.Ordinal);
        string TitleOf(string id) => titles.TryGetValue(id, out var t) && t.Length > 0 ? t : id;

        var findings = assessment is null
            ? []
            : ConsoleLabels.Criteria
                .Select(criterion => assessment.Differences.FirstOrDefault(d => d.Criterion == criterion))
                .OfType<CaseDifference>()
                .Select(d => Finding(d, assessment, submission.Target, evidenceRecorded, TitleOf, culture, language))
                .ToList();

        return new CaseView(
            state.CaseId,
            ConsoleLabels.Of(state.Status),
            ConsoleLabels.Of(submission.Purpose),
            submission.Target.Title,
            state.RequesterInstitutionId,
            state.ReceivedAt,
            DeadlineView.Of(state.Deadline, state.IsOverdueAt(now), now),
            state.AssignedOfficerId,
            state.Status == CaseStatus.Appealed || state.OpenAppeal is not null,
            state.Status == CaseStatus.InCommission,
            state.Version,
            assessment?.SummaryMessage is { } summary ? HubMessages.Render(summary, language) : assessment?.Summary,
            evidenceRecorded,
            findings,
            [.. (assessment?.Grades ?? []).Select(g => GradeViewBuilder.Grade(g, TitleOf))],
            [.. state.Credentials.Select((c, i) => Credential(c, state, assessment, language, culture) with
            {
                // The original document an outside credential came as: the officer reads what the holder presented.
                OriginalDocumentHref = state.CurrentCredentials.ElementAtOrDefault(i) is CredentialByDocument
                    ? string.Create(CultureInfo.InvariantCulture, $"/console/cases/{state.CaseId}?handler=document&index={i}") : null,
            })],
            [.. state.Journal.OrderBy(j => j.Sequence).Select(j => Journal(j, language))])
        {
            Recognition = RecognitionFactsBuilder.Build(state, language, culture),
            StackProgress = [.. (state.Decision?.StackProgress is { Count: > 0 } decided ? decided : assessment?.StackProgress ?? []).Select(p => StackProgressView.From(p, culture))],
            AutomaticList = AutomaticListView.Of(state.Decision?.AutomaticBasis ?? assessment?.AutomaticBasis, language),
            DecidedUnderAutomaticList = state.Decision?.AutomaticBasis is not null,
        };
    }

    private static FindingView Finding(CaseDifference d, CaseAssessment assessment, CaseTarget target, bool evidenceRecorded,
        Func<string, string> titleOf, CultureInfo culture, string language)
    {
        var rows = !evidenceRecorded ? [] : d.Criterion switch
        {
            Criterion.Level => LevelRows(assessment, target, titleOf, culture),
            Criterion.Workload => WorkloadRows(assessment, target, titleOf, culture),
            Criterion.Quality => QualityRows(assessment, target, titleOf, culture),
            Criterion.Profile => ProfileRows(assessment, target, titleOf),
            Criterion.Access => AccessRows(assessment, d, titleOf, culture),
            _ => [],
        };
        var outcomes = d.Criterion == Criterion.LearningOutcomes
            ? assessment.OutcomeMatches.Select(o => Outcome(o, culture) with { Id = target.OutcomeId(o.TargetIndex) }).ToList()
            : [];
        if (d.MessageKey is "autolist.quality" or "autolist.outcomes" && assessment.AutomaticBasis is { } basis)
        {
            // The criterion was not compared: the row says which list stood in for the comparison.
            rows = [.. rows, AutomaticListRow(basis)];
        }
        return new FindingView(
            ConsoleLabels.Of(d.Criterion),
            "criterion-" + ConsoleLabels.Code(d.Criterion),
            ConsoleLabels.Of(d.Finding),
            d.PotentiallySubstantial,
            d.ConfirmedSubstantial,
            d.MeasuredDifference is { } measured
                ? Phrase.Of("Measured difference: {0} {1}", Number(measured, culture), d.Unit ?? "")
                : null,
            // The rules' explanation in the officer's language (the catalogue's; English for a key it does not know).
            HubMessages.Catalogue.Render(d.MessageKey, d.Arguments, language) ?? d.Explanation,
            rows,
            outcomes,
            d.Evidence);
    }

    private static List<SideBySide> LevelRows(CaseAssessment assessment, CaseTarget target, Func<string, string> titleOf, CultureInfo culture)
    {
        var host = new List<Phrase>();
        if (target.Level is { } required && target.LevelFramework != QualificationFramework.Unspecified)
        {
            host.Add(Phrase.Of("{0} level {1}", PhraseArg.Label(ConsoleLabels.Of(target.LevelFramework)), Number(required, culture)));
            if (assessment.TargetEvidence?.Level is { } targetLevel)
            {
                host.AddRange(Eqf(targetLevel, culture));
            }
        }
        else
        {
            host.Add(Phrase.Of("No level required"));
        }

        var rows = assessment.CredentialEvidence
            .Where(e => e.Level is not null)
            .Select(e => new SideBySide(Phrase.Of("Level of {0}", titleOf(e.CredentialId)), Level(e.Level!, culture), host))
            .ToList();
        if (assessment.HostLevel is { } placed)
        {
            var foreign = new List<Phrase> { Phrase.Of("EQF {0} (the lowest level in the file)", Number(placed.EqfLevel, culture)) };
            var inHost = new List<Phrase>
            {
                placed.Framework is { } framework && placed.Level is { } level
                    ? Phrase.Of("{0} level {1}", PhraseArg.Label(ConsoleLabels.Of(framework)), Number(level, culture))
                    : Phrase.Of("The host framework has no level for it"),
            };
            inHost.AddRange(Source(placed.SourceKeys, placed.SourceNote, verified: true));
            rows.Add(new SideBySide(Phrase.Of("Level in the host framework"), foreign, inHost));
        }

        return rows;
    }

    private static List<Phrase> Level(CaseLevelMapping m, CultureInfo culture)
    {
        if (m.Framework == QualificationFramework.Unspecified)
        {
            return [Phrase.Of("No level stated"), Phrase.Raw(m.Explanation)];
        }

        var phrases = new List<Phrase>
        {
            m.DeclaredVersion is { Length: > 0 } version
                ? Phrase.Of("{0} level {1} ({2} numbering)", PhraseArg.Label(ConsoleLabels.Of(m.Framework)), Number(m.Level, culture), version)
                : Phrase.Of("{0} level {1}", PhraseArg.Label(ConsoleLabels.Of(m.Framework)), Number(m.Level, culture)),
        };
        phrases.AddRange(Eqf(m, culture));
        return phrases;
    }

    private static IEnumerable<Phrase> Eqf(CaseLevelMapping m, CultureInfo culture)
    {
        yield return m.EqfMin is { } min
            ? Phrase.Of("EQF {0}", m.EqfMax is { } max && max != min ? $"{Number(min, culture)}–{Number(max, culture)}" : Number(min, culture))
            : Phrase.Of("Not placed on the EQF");
        yield return m.TableVersion.Length > 0
            ? Phrase.Of("Mapping: {0}; table {1}", PhraseArg.Label(ConsoleLabels.Of(m.Method)), m.TableVersion)
            : Phrase.Of("Mapping: {0}", PhraseArg.Label(ConsoleLabels.Of(m.Method)));
        foreach (var source in Source(m.SourceKeys, m.SourceNote, m.SourceVerified))
        {
            yield return source;
        }
    }

    private static IEnumerable<Phrase> Source(string keys, string note, bool verified)
    {
        if (keys.Length > 0)
        {
            yield return Phrase.Of("Source: {0} ({1})", keys, note);
        }

        if (!verified)
        {
            yield return Phrase.Of("The source is recalled, not yet checked");
        }
    }

    private static List<SideBySide> WorkloadRows(CaseAssessment assessment, CaseTarget target, Func<string, string> titleOf, CultureInfo culture)
    {
        var host = new List<Phrase>();
        if (target.WorkloadAmount is { } amount && target.WorkloadUnit != CreditUnit.Unspecified)
        {
            host.Add(Phrase.Of("{0} {1} required", Range(amount, Math.Max(amount, target.WorkloadUpper ?? amount), culture), PhraseArg.Label(ConsoleLabels.Of(target.WorkloadUnit))));
            if (assessment.TargetEvidence?.Ects is { } ects)
            {
                host.AddRange(Conversion(ects, culture).Skip(1));
            }
        }
        else
        {
            host.Add(Phrase.Of("No workload required"));
        }

        return [.. assessment.CredentialEvidence.Select(e => new SideBySide(
            Phrase.Of("Credits of {0}", titleOf(e.CredentialId)),
            e.Credits is { } credits ? Conversion(credits, culture) : [Phrase.Of("No workload stated")],
            host))];
    }

    private static List<Phrase> Conversion(CaseCreditConversion c, CultureInfo culture)
    {
        var amount = Range(c.Amount, Math.Max(c.Amount, c.AmountUpper ?? c.Amount), culture);
        var phrases = new List<Phrase>
        {
            c.Component is { Length: > 0 } component
                ? Phrase.Of("{0} {1} ({2})", amount, PhraseArg.Label(ConsoleLabels.Of(c.Unit)), component)
                : Phrase.Of("{0} {1}", amount, PhraseArg.Label(ConsoleLabels.Of(c.Unit))),
        };

        // A workload stated by part: each part with its own factor, as summed.
        foreach (var (part, i) in c.Parts.Select((p, i) => (p, i)))
        {
            phrases.Add(part.Method == ConversionMethod.None
                ? Phrase.Of("Part {0}: not converted ({1})", Number(i + 1, culture), part.Explanation)
                : Phrase.Of("Part {0}: {1} {2} ({3}) = {4} ECTS", Number(i + 1, culture),
                    Range(part.Amount, Math.Max(part.Amount, part.AmountUpper ?? part.Amount), culture),
                    PhraseArg.Label(ConsoleLabels.Of(part.Unit)), part.Component ?? "", Range(part.ConvertedMin, part.ConvertedMax, culture)));
        }

        if (c.Method == ConversionMethod.None)
        {
            phrases.Add(Phrase.Of("Not converted"));
            phrases.Add(Phrase.Raw(c.Explanation));
            return phrases;
        }

        phrases.Add(Phrase.Of("Converted: {0} {1}", Range(c.ConvertedMin, c.ConvertedMax, culture), PhraseArg.Label(ConsoleLabels.Of(c.ConvertedUnit))));
        phrases.Add(Phrase.Of("Conversion: {0}, factor {1}", PhraseArg.Label(ConsoleLabels.Of(c.Method)), Range(c.FactorMin, c.FactorMax, culture)));
        phrases.AddRange(Source(c.SourceKeys, c.Explanation, verified: true));
        return phrases;
    }

    private static SideBySide AutomaticListRow(CaseAutomaticBasis basis) => new(
        Phrase.Of("Automatic recognition list"),
        [Phrase.Of("{0} is on list {1}, version {2}", basis.ProviderId, basis.ListId, basis.ListVersion.ToString(CultureInfo.InvariantCulture))],
        [Phrase.Of("Legal basis: {0}", basis.LegalBasis)]);

    private static List<SideBySide> QualityRows(CaseAssessment assessment, CaseTarget target, Func<string, string> titleOf, CultureInfo culture)
    {
        List<Phrase> host = [target.RequiresExternalQualityAssurance
            ? Phrase.Of("External quality assurance required")
            : Phrase.Of("External quality assurance not required")];
        if (target.RequireEqarAgency)
        {
            host.Add(Phrase.Of("An agency registered in EQAR required"));
        }

        if (target.RequireListedProgramme)
        {
            host.Add(Phrase.Of("A programme listed on the QA register required"));
        }

        if (target.AcceptedAgencyIds is { Count: > 0 } accepted)
        {
            host.Add(Phrase.Of("Agencies accepted in any case: {0}", string.Join(", ", accepted)));
        }

        return [.. assessment.CredentialEvidence.Select(e => new SideBySide(
            Phrase.Of("Quality assurance of {0}", titleOf(e.CredentialId)),
            [.. QualityAssurance(e, culture), .. RegisterAnswer(e.QualityRegister, target, culture)], host))];
    }

    /// <summary>The QA register's answer as the rules weighed it: the agency, its EQAR registration, the listings and
    /// whether the target accepts the agency in any case. Nothing when the register had nothing to say.</summary>
    private static List<Phrase> RegisterAnswer(CaseQualityRegisterEvidence? r, CaseTarget target, CultureInfo culture)
    {
        if (r is null)
        {
            return [];
        }

        var phrases = new List<Phrase>();
        if (r.AgencyId is not { } agency)
        {
            phrases.Add(Phrase.Of("QA register: the agency is not on the register"));
        }
        else
        {
            phrases.Add(Phrase.Of("QA register: agency {0}", agency));
            phrases.Add(r.EqarRegistered
                ? Phrase.Of("Registered in EQAR from {0} until {1}", RegisterDay(r.EqarRegisteredFrom, culture, "not stated"), RegisterDay(r.EqarRegisteredUntil, culture))
                : Phrase.Of("Not registered in EQAR on the assessment date"));
            if (r.NationallyRecognised)
            {
                phrases.Add(Phrase.Of("Nationally recognised agency"));
            }

            if (r.AgencySource.Length > 0)
            {
                phrases.Add(Phrase.Of("Register source: {0}", r.AgencySource));
            }

            if (target.AcceptedAgencyIds.Any(id => string.Equals(id, agency, StringComparison.OrdinalIgnoreCase)
                || string.Equals(id, r.AgencyDeqarId, StringComparison.OrdinalIgnoreCase)))
            {
                phrases.Add(Phrase.Of("Accepted by the target in any case"));
            }
        }

        if (r.ClaimedDeqarId is { } claimed && !r.ClaimedDeqarIdKnown)
        {
            phrases.Add(Phrase.Of("DEQAR id {0} is not known to the register", claimed));
        }

        phrases.Add(Listing("Institutional listing", r.InstitutionListing, culture));
        phrases.Add(Listing("Programme listing", r.ProgrammeListing, culture));
        return phrases;
    }

    private static Phrase Listing(string what, CaseRegisterListing? listing, CultureInfo culture) => listing switch
    {
        null => Phrase.Of("{0}: none on the register", PhraseArg.Label(what)),
        { ValidOnDate: true } => Phrase.Of("{0}: {1}, valid until {2}", PhraseArg.Label(what), listing.ListingId, RegisterDay(listing.ValidUntil, culture)),
        _ => Phrase.Of("{0}: {1}, not valid on the assessment date (valid until {2})", PhraseArg.Label(what), listing.ListingId, RegisterDay(listing.ValidUntil, culture)),
    };

    private static PhraseArg RegisterDay(DateOnly? day, CultureInfo culture, string missing = "no end date") => day is { } d ? d.ToString("d MMM yyyy", culture) : PhraseArg.Label(missing);

    private static List<Phrase> QualityAssurance(CaseCredentialEvidence e, CultureInfo culture)
    {
        var phrases = new List<Phrase> { Phrase.Of("Quality assurance: {0}", PhraseArg.Label(ConsoleLabels.Of(e.QualityAssurance))) };
        if (e.QualityAgency is { Length: > 0 } agency)
        {
            phrases.Add(Phrase.Of("Agency: {0}", agency));
        }

        if (e.QualityValidUntil is { } until)
        {
            phrases.Add(Phrase.Of("Valid until {0}", until.ToString("d", culture)));
        }

        return phrases;
    }

    /// <summary>What each credential opens at home (stated, or derived from national data with its sources) beside the
    /// further study the programme needs (the rules' own figure, so both sides read the same level).</summary>
    private static List<SideBySide> AccessRows(CaseAssessment assessment, CaseDifference d, Func<string, string> titleOf, CultureInfo culture)
    {
        List<Phrase> host = [d.Arguments.TryGetValue("required", out var required)
            ? Phrase.Of("Needs access to further study at EQF {0}", required)
            : Phrase.Of("Not weighed for this target and purpose")];
        return [.. assessment.CredentialEvidence.Select(e => new SideBySide(
            Phrase.Of("Access rights of {0}", titleOf(e.CredentialId)), AccessRights(e, culture), host))];
    }

    private static List<Phrase> AccessRights(CaseCredentialEvidence e, CultureInfo culture)
    {
        if (e.AccessRights.Count == 0)
        {
            return [Phrase.Of("No access rights stated")];
        }

        var phrases = e.AccessRights.Select(r => r.Kind switch
        {
            AccessKind.FurtherStudy when r.EqfLevel is { } level => Phrase.Of("Further study up to EQF {0}", Number(level, culture)),
            AccessKind.FurtherStudy => Phrase.Of("Further study, level not stated"),
            AccessKind.RegulatedProfession => Phrase.Of("Regulated profession: {0}", r.Profession is { Length: > 0 } p ? p : PhraseArg.Label("not stated")),
            _ => Phrase.Of("{0}", PhraseArg.Label("Employment")),
        }).ToList();
        var source = e.AccessRights[0].Source;
        phrases.Add(e.AccessDerivation is { } derivation
            ? Phrase.Of("Derived from national data {0} ({1})", source, derivation)
            : Phrase.Of("Stated by the document"));
        return phrases;
    }

    private static List<SideBySide> ProfileRows(CaseAssessment assessment, CaseTarget target, Func<string, string> titleOf)
    {
        List<Phrase> host =
        [
            Phrase.Of("Field: {0}", target.FieldCode is { Length: > 0 } field ? field : PhraseArg.Label("not stated")),
            Phrase.Of("Orientation: {0}", PhraseArg.Label(ConsoleLabels.Of(target.Orientation))),
        ];
        return [.. assessment.CredentialEvidence.Select(e => new SideBySide(
            Phrase.Of("Profile of {0}", titleOf(e.CredentialId)),
            [
                Phrase.Of("Field: {0}", e.FieldCode is { Length: > 0 } field ? field : PhraseArg.Label("not stated")),
                Phrase.Of("Orientation: {0}", PhraseArg.Label(ConsoleLabels.Of(e.Orientation))),
            ],
            host))];
    }

    private static OutcomeView Outcome(CaseOutcomeMatch o, CultureInfo culture) => new(
        o.TargetIndex + 1,
        o.TargetOutcome,
        o.Status == CoverageStatus.Covered,
        ConsoleLabels.Of(o.Status),
        ConsoleLabels.Of(o.Method),
        o.Score.ToString("0.00", culture),
        o.SourceText,
        o.MatchedTerms,
        o.MissingTerms,
        o.Language is { } language ? ConsoleLabels.OfLanguage(language) : null);

    private static CredentialView Credential(CaseCredentialSummary c, RecognitionCaseState state, CaseAssessment? assessment, string language, CultureInfo culture)
    {
        var verification = state.Verifications.LastOrDefault(v => string.Equals(v.CredentialId, c.CredentialId, StringComparison.Ordinal));
        var evidence = assessment?.CredentialEvidence.FirstOrDefault(e => string.Equals(e.CredentialId, c.CredentialId, StringComparison.Ordinal));
        return new CredentialView(
            c.CredentialId,
            LocalTexts.Pick(c.Title, language),
            c.AwardingBodyName,
            c.AwardingBodyId,
            c.IssuerCountry ?? c.IssuingCountry,
            verification?.IssuingHubId,
            evidence is null ? [] : QualityAssurance(evidence, culture),
            verification is null ? [] : IssuerQualityAssurance(verification, culture),
            verification is null ? null : Verdict(verification.Verdict),
            verification?.VerifiedAt,
            verification is null ? [] : Checks(verification));
    }

    /// <summary>The issuer's quality assurance status the verification's QA check was made against: agency, type,
    /// result and validity; one phrase saying none was recorded when the check found none; nothing when it did not run.</summary>
    public static IReadOnlyList<Phrase> IssuerQualityAssurance(CredentialVerification report, CultureInfo culture)
    {
        var outcome = report.Checks.LastOrDefault(c => c.Check == VerificationCheck.IssuerQualityAssurance);
        if (outcome is null || outcome.Result is CheckResult.Unavailable or CheckResult.NotApplicable)
        {
            return [];
        }

        if (outcome.QualityAssurance is not { } qa)
        {
            return [Phrase.Of("None recorded at the issuing hub")];
        }

        return
        [
            qa.AgencyEqarRegistered ? Phrase.Of("{0}, registered in EQAR", qa.Agency) : Phrase.Raw(qa.Agency),
            Phrase.Of("Type: {0}", PhraseArg.Label(ConsoleLabels.Of(qa.Scope))),
            Phrase.Of("Result: {0}", PhraseArg.Label(ConsoleLabels.Of(qa.Outcome))),
            qa.ValidUntil is { } until
                ? Phrase.Of("Valid from {0} until {1}", Day(qa.ValidFrom, culture), Day(until, culture))
                : Phrase.Of("Valid from {0}, no end date stated", Day(qa.ValidFrom, culture)),
        ];
    }

    // Day, month name and year, as the page writes its other dates: "27 Jun 2029" reads the same in every language.
    private static PhraseArg Day(DateTimeOffset? day, CultureInfo culture) => day is { } d ? d.UtcDateTime.ToString("d MMM yyyy", culture) : PhraseArg.Label("not stated");

    /// <summary>Every check, in the order a verifier runs them, whether or not this report has it.</summary>
    public static IReadOnlyList<CheckView> Checks(CredentialVerification report) =>
        [.. Enum.GetValues<VerificationCheck>().Order().Select(check =>
        {
            var outcome = report.Checks.LastOrDefault(c => c.Check == check);
            return new CheckView(check, ConsoleLabels.Of(check), State(outcome), outcome?.Detail, outcome?.FailureReason);
        })];

    /// <summary>The issuer-QA check warns rather than reports itself unavailable when no status is recorded, so the
    /// verdict stays valid (whether QA suffices is the Quality criterion's call); the officer still reads it as not
    /// checked, since nothing was there to check against.</summary>
    private static CheckState State(CheckOutcome? outcome) => outcome switch
    {
        { Check: VerificationCheck.IssuerQualityAssurance, Result: CheckResult.Warning, QualityAssurance: null } => CheckState.CouldNotBeChecked,
        _ => State(outcome?.Result),
    };

    private static CheckState State(CheckResult? result) => result switch
    {
        CheckResult.Passed => CheckState.Passed,
        CheckResult.Warning => CheckState.PassedWithWarning,
        CheckResult.Failed => CheckState.Failed,
        CheckResult.Unavailable => CheckState.CouldNotBeChecked,
        CheckResult.NotApplicable => CheckState.DoesNotApply,
        CheckResult.NeedsReview => CheckState.NeedsJudgement,
        _ => CheckState.NotRun,
    };

    private static string Verdict(VerificationVerdict verdict) => verdict switch
    {
        VerificationVerdict.Valid => "Valid",
        VerificationVerdict.Invalid => "Invalid",
        VerificationVerdict.NeedsReview => ConsoleLabels.NeedsJudgement,
        _ => "Could not be fully checked",
    };

    // What the system wrote is shown in the officer's language; a person's own words as they wrote them.
    private static JournalLine Journal(CaseJournalEntry j, string language) => new(
        j.At, ConsoleLabels.Of(j.Actor.Kind), j.Actor.Kind == CaseActorKind.System ? "" : j.Actor.Id, j.From is { } from ? ConsoleLabels.Of(from) : null, ConsoleLabels.Of(j.To), j.Event,
        j.ReasonMessage is { } reason ? HubMessages.Render(reason, language) : j.Reason);

    private static string Number(decimal value, CultureInfo culture) => value.ToString("0.##", culture);

    private static string Number(int value, CultureInfo culture) => value.ToString(culture);

    internal static string Range(decimal min, decimal max, CultureInfo culture) =>
        min == max ? Number(min, culture) : $"{Number(min, culture)}–{Number(max, culture)}";
}
