using System.Globalization;
using Exchange.Adapters.AccessData;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Messaging;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>Keeps what an officer and a decision need from the rules' assessment, with the evidence per criterion.</summary>
public static class AssessmentSnapshot
{
    public static CaseAssessment From(RecognitionAssessment assessment, IReadOnlyList<Credential> credentials, CaseTargetEvidence? target = null, CaseTarget? caseTarget = null)
    {
        string OutcomeId(int index) => caseTarget?.OutcomeId(index) ?? "LO" + (index + 1).ToString(CultureInfo.InvariantCulture);
        var differences = assessment.Criteria.Select(c => new CaseDifference(
            c.Criterion, c.Finding, c.PotentiallySubstantial, false, c.MeasuredDifference, c.DifferenceUnit,
            c.Explanation, c.MessageKey,
            c.Arguments.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal),
            Evidence(c.Criterion, assessment, credentials))).ToList();

        var level = assessment.HostLevel is { HostLevel: { } host } mapping
            ? new CaseLevel(host.Framework, host.Level, mapping.EqfLevel)
            : null;

        // The rules convert the workload of each credential that states one, in request order.
        var withWorkload = credentials.Where(c => c.Workload is not null || c.WorkloadComponents.Count > 0).ToList();
        var credits = assessment.CreditConversions.Select((c, i) => new CaseCredit(
            i < withWorkload.Count ? withWorkload[i].Id : "",
            c.Original.Amount, c.Original.Unit, c.Converted.Min, c.Converted.Max, c.TargetUnit, c.Method + ": " + c.Explanation)
        {
            OriginalAmountUpper = c.Original.Stated.IsPoint ? null : c.Original.Stated.Max,
            Parts = [.. c.Parts.Select(CaseCreditConversion.From)],
        }).ToList();

        var withGrades = credentials.Where(c => c.Grade is not null).ToList();
        var grades = assessment.GradeConversions.Select((g, i) => new CaseGrade(
            i < withGrades.Count ? withGrades[i].Id : "",
            g.Original.Value, g.Original.ScaleId, g.HostScaleId, g.HostLowest, g.HostHighest, g.Method, g.Explanation)
        {
            Reading = CaseGradeReading.From(g),
        }).ToList();

        var scope = assessment.Scope;
        var measures = (scope?.CompensatoryMeasures ?? []).Select((m, i) => new CaseMeasure(
            "M" + (i + 1).ToString(CultureInfo.InvariantCulture),
            m.Kind == MeasureKind.AdditionalCredits ? CaseMeasureKind.AdditionalCredits : CaseMeasureKind.Course,
            HubMessages.AllLanguages(CaseMessage.From(m.Description)),
            m.Kind == MeasureKind.AdditionalCredits ? [Criterion.Workload] : [Criterion.LearningOutcomes],
            m.Ects)
        {
            OutcomeIds = [.. m.TargetOutcomes.Select(OutcomeId)],
            DescriptionMessage = CaseMessage.From(m.Description),
        }).ToList();

        var recognised = scope is null ? "" : scope.Recognised.English;
        var notRecognised = scope is null ? "" : string.Join("; ", scope.NotRecognised.Select(n => n.English));

        return new CaseAssessment(assessment.Outcome ?? RecognitionOutcome.ReferredToOfficer, assessment.Summary, differences, level, credits, grades, measures, recognised, notRecognised)
        {
            CredentialEvidence = [.. credentials.Select((c, i) => CredentialEvidence(c,
                i < assessment.LevelMappings.Count ? assessment.LevelMappings[i] : null,
                withWorkload.IndexOf(c) is var k and >= 0 && k < assessment.CreditConversions.Count ? assessment.CreditConversions[k] : null,
                i < assessment.Access.Count ? assessment.Access[i] : null))],
            TargetEvidence = target,
            HostLevel = assessment.HostLevel is { } hostLevel ? CaseHostLevel.From(hostLevel) : null,
            OutcomeMatches = [.. assessment.OutcomeCoverage.Select(CaseOutcomeMatch.From)],
            SummaryMessage = CaseMessage.From(assessment.SummaryMessage),
            RecognisedScopeMessage = scope is null ? null : CaseMessage.From(scope.Recognised),
            NotRecognisedMessages = scope is null ? [] : [.. scope.NotRecognised.Select(CaseMessage.From)],
            CoveredOutcomeIds = [.. (scope?.CoveredTargetOutcomes ?? []).Select(OutcomeId)],
            MissingOutcomeIds = [.. (scope?.MissingTargetOutcomes ?? []).Select(OutcomeId)],
            TargetWorkload = CaseWorkload.From(assessment.TargetHostCredits),
            RecognisedWorkload = CaseWorkload.From(assessment.RecognisedHostCredits),
        };
    }

    // The level mappings are per credential in request order (a credential without a level has one that says so); the
    // credits are the credential's workload converted to the host's unit, as the rules converted it.
    private static CaseCredentialEvidence CredentialEvidence(Credential c, LevelMapping? level, CreditConversion? credits, CredentialAccess? access) => new(
        c.Id,
        level is null ? null : CaseLevelMapping.From(level),
        credits is null ? null : CaseCreditConversion.From(credits),
        c.FieldCode,
        c.Orientation,
        c.QualityAssurance?.Type,
        c.QualityAssurance?.Agency,
        c.QualityAssurance?.ValidUntil)
    {
        AccessRights = [.. (access?.Rights ?? []).Select(CaseAccessRight.From)],
        AccessDerivation = Derivation(access),
        QualityRegister = c.QualityRegister is { } register ? CaseQualityRegisterEvidence.From(register) : null,
    };

    private static string? Derivation(CredentialAccess? access) =>
        access?.Provenance is { } p ? p.SourceKeys + (p.Verified ? "" : " (unverified)") : null;

    // The register's answer beside the statement, so the API's evidence names the check that was made.
    private static string RegisterSays(QualityRegisterEvidence? r)
    {
        if (r is null)
        {
            return "";
        }

        static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open";
        static string Listing(string what, RegisterListing? l) => l is null
            ? $"; no {what} listing"
            : $"; {what} listing {l.ListingId} by {l.AgencyId}, valid until {Day(l.ValidUntil)}{(l.ValidOnDate ? "" : " (not valid on the date)")}";
        var agency = r.AgencyId is null
            ? "agency not on the register"
            : $"agency {r.AgencyId}, EQAR registered {(r.EqarRegistered ? $"yes ({Day(r.EqarRegisteredFrom)} to {Day(r.EqarRegisteredUntil)})" : "no")}, nationally recognised {(r.NationallyRecognised ? "yes" : "no")}"
              + (r.AgencySource.Length > 0 ? $" [{r.AgencySource}]" : "");
        var claim = r.ClaimedDeqarId is { } claimed ? $"; DEQAR id {claimed} {(r.ClaimedDeqarIdKnown ? "known" : "unknown")} to the register" : "";
        return $"; QA register: {agency}{claim}{Listing("institutional", r.InstitutionListing)}{Listing("programme", r.ProgrammeListing)}";
    }

    private static List<string> Evidence(Criterion criterion, RecognitionAssessment assessment, IReadOnlyList<Credential> credentials) => criterion switch
    {
        Criterion.Level => [.. assessment.LevelMappings.Select(m => $"{m.Source.Framework} {m.Source.Level} → EQF {m.Eqf?.ToString() ?? "?"} ({m.FrameworkVersionUsed}; {m.Provenance.SourceKeys})")],
        Criterion.Workload => [.. assessment.CreditConversions.Select(c => $"{c.Original.Amount.ToString(CultureInfo.InvariantCulture)} {c.Original.Unit} → {c.Converted} {c.TargetUnit} ({c.Method}; {c.Provenance.SourceKeys})")],
        Criterion.Quality => [.. credentials.Select(c => (c.QualityAssurance is { } qa
            ? $"{c.Id}: {qa.Type} by {qa.Agency ?? "unknown agency"}, valid until {qa.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not stated"}"
            : $"{c.Id}: no quality assurance stated") + RegisterSays(c.QualityRegister))],
        Criterion.Profile => [.. credentials.Select(c => $"{c.Id}: field {c.FieldCode ?? "not stated"}, orientation {c.Orientation}")],
        Criterion.Access => [.. assessment.Access.Select(a => a.Rights.Count == 0
            ? $"{a.CredentialId}: access not stated"
            : $"{a.CredentialId}: access: {string.Join(", ", a.Rights.Select(r => CaseAccessRight.From(r).Describe()))}{(Derivation(a) is { } d ? " " + d : "")}")],
        _ => [.. assessment.OutcomeCoverage.Select(o => $"target outcome {o.TargetIndex + 1}: {o.Status} ({o.Method}, score {o.Score.ToString("0.00", CultureInfo.InvariantCulture)})")],
    };
}
