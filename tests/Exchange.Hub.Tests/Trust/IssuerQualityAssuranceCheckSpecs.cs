using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Trust;
using Google.Protobuf.WellKnownTypes;
using CheckResult = Exchange.Hub.Credentials.CheckResult;
using VerificationCheck = Exchange.Hub.Credentials.VerificationCheck;
using VerificationVerdict = Exchange.Hub.Credentials.VerificationVerdict;

namespace Exchange.Hub.Tests.Trust;

/// <summary>The issuer's quality assurance at issue time, judged from the statuses its hub records: passed when a
/// positive external status covered the issue date and still holds, a warning otherwise, never a failure.</summary>
public sealed class IssuerQualityAssuranceCheckSpecs
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_positive_external_status_covering_the_issue_date_and_still_valid_passes_naming_agency_type_and_validity()
    {
        var outcome = Check(Status("National Agency for Higher Education Quality Assurance", QualityAssuranceType.ExternalInstitutional,
            QualityAssuranceResult.Positive, new DateTime(2024, 6, 1), new DateTime(2029, 6, 1), eqar: true));

        Assert.Equal((VerificationCheck.IssuerQualityAssurance, CheckResult.Passed), (outcome.Check, outcome.Result));
        Assert.Equal(
            "On the issue date 2026-03-01 the issuer held external quality assurance: National Agency for Higher Education Quality Assurance " +
            "(registered in EQAR), institutional accreditation, result positive, valid from 2024-06-01 until 2029-06-01.",
            outcome.Detail);
        Assert.Equal(
            new QualityAssuranceBasis("National Agency for Higher Education Quality Assurance", true, QualityAssuranceScope.Institutional,
                QualityAssuranceOutcome.Positive, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2029, 6, 1, 0, 0, 0, TimeSpan.Zero)),
            outcome.QualityAssurance);
    }

    [Fact]
    public void The_agency_is_named_in_English_when_its_hub_gives_an_English_name()
    {
        var status = Status("Національне агентство із забезпечення якості вищої освіти", QualityAssuranceType.ExternalInstitutional,
            QualityAssuranceResult.Positive, new DateTime(2024, 6, 27), new DateTime(2029, 6, 27));
        status.Agency.Name.Values[0].Language = "uk";
        status.Agency.Name.Values.Add(new LocalizedText { Language = "en", Text = "National Agency for Higher Education Quality Assurance (NAQA)" });

        Assert.Equal("National Agency for Higher Education Quality Assurance (NAQA)", Check(status).QualityAssurance!.Agency);
    }

    [Fact]
    public void A_status_that_covered_the_issue_date_but_has_expired_since_is_a_warning()
    {
        var outcome = Check(Status("AIC", QualityAssuranceType.ExternalProgramme, QualityAssuranceResult.Positive, new DateTime(2021, 1, 1), new DateTime(2026, 6, 30)));

        Assert.Equal(CheckResult.Warning, outcome.Result);
        Assert.Equal("External quality assurance covered the issue date 2026-03-01 but has expired since: AIC, programme accreditation, " +
            "result positive, valid from 2021-01-01 until 2026-06-30.", outcome.Detail);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero), outcome.QualityAssurance!.ValidUntil);
    }

    [Fact]
    public void A_still_valid_status_is_preferred_to_an_expired_one_that_also_covered_the_issue_date()
    {
        var outcome = Check(
            Status("Old agency", QualityAssuranceType.ExternalInstitutional, QualityAssuranceResult.Positive, new DateTime(2020, 1, 1), new DateTime(2026, 6, 30)),
            Status("New agency", QualityAssuranceType.ExternalInstitutional, QualityAssuranceResult.Positive, new DateTime(2026, 1, 1), null));

        Assert.Equal((CheckResult.Passed, "New agency"), (outcome.Result, outcome.QualityAssurance!.Agency));
        Assert.EndsWith("valid from 2026-01-01 with no end date stated.", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void No_status_recorded_is_a_warning_that_says_it_could_not_be_checked_with_no_basis()
    {
        foreach (var statuses in new[] { null, Array.Empty<QualityAssuranceStatus>() })
        {
            var outcome = IssuerQualityAssuranceCheck.Evaluate("UA-KNU", "hub-ua", statuses, IssuedAt, Now);

            Assert.Equal(CheckResult.Warning, outcome.Result);
            Assert.Null(outcome.QualityAssurance);
            Assert.Equal("Could not be checked: hub hub-ua records no quality assurance status for institution UA-KNU.", outcome.Detail);
        }
    }

    [Fact]
    public void Only_internal_quality_assurance_or_a_status_decided_after_issue_is_a_warning()
    {
        var internalOnly = Check(Status("Own QA office", QualityAssuranceType.Internal, QualityAssuranceResult.Positive, new DateTime(2020, 1, 1), null));
        var later = Check(Status("AIC", QualityAssuranceType.ExternalInstitutional, QualityAssuranceResult.Positive, new DateTime(2026, 4, 1), null));

        Assert.Equal((CheckResult.Warning, QualityAssuranceScope.Internal), (internalOnly.Result, internalOnly.QualityAssurance!.Scope));
        Assert.StartsWith("Only internal quality assurance is recorded for institution UA-KNU: Own QA office", internalOnly.Detail, StringComparison.Ordinal);
        Assert.Equal(CheckResult.Warning, later.Result);
        Assert.StartsWith("No external quality assurance status covered the issue date 2026-03-01", later.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_status_on_the_issue_date_warns_but_leaves_the_credential_valid()
    {
        var outcome = Check(Status("AIC", QualityAssuranceType.ExternalInstitutional, QualityAssuranceResult.Negative, new DateTime(2025, 1, 1), null));

        Assert.Equal((CheckResult.Warning, QualityAssuranceOutcome.Negative), (outcome.Result, outcome.QualityAssurance!.Outcome));
        Assert.Equal(VerificationVerdict.Valid, Report(outcome).Verdict);
    }

    [Fact]
    public void A_credential_whose_issuer_has_no_quality_assurance_recorded_still_verifies_valid()
    {
        var none = IssuerQualityAssuranceCheck.Evaluate("UA-KNU", "hub-ua", null, IssuedAt, Now);

        Assert.Equal(VerificationVerdict.Valid, Report(none).Verdict);
    }

    private static CheckOutcome Check(params QualityAssuranceStatus[] statuses) =>
        IssuerQualityAssuranceCheck.Evaluate("UA-KNU", "hub-ua", statuses, IssuedAt, Now);

    private static CredentialVerification Report(CheckOutcome qa) => new("UA-KNU-1", "hub-ua",
        [
            new(VerificationCheck.InstitutionSignature, CheckResult.Passed, "The institution signature verifies."),
            qa,
            new(VerificationCheck.Revocation, CheckResult.Passed, "Not revoked."),
        ], Now, Now.AddMinutes(5));

    private static QualityAssuranceStatus Status(string agency, QualityAssuranceType scope, QualityAssuranceResult result, DateTime decided, DateTime? until, bool eqar = false)
    {
        var status = new QualityAssuranceStatus
        {
            Agency = new OrganisationRef { Name = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = agency } } } },
            AgencyEqarRegistered = eqar,
            Scope = scope,
            Result = result,
            DecidedAt = Timestamp.FromDateTime(DateTime.SpecifyKind(decided, DateTimeKind.Utc)),
        };
        if (until is { } end)
        {
            status.ValidUntil = Timestamp.FromDateTime(DateTime.SpecifyKind(end, DateTimeKind.Utc));
        }

        return status;
    }
}
