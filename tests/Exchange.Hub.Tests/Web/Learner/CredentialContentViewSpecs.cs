using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Web.Learner;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>The credential page's content: what the issuer signed, in the reader's language where given, and a
/// revoked credential's reason.</summary>
public sealed class CredentialContentViewSpecs
{
    [Fact]
    public void The_content_shows_outcomes_assessment_grade_quality_assurance_and_registry_number()
    {
        var content = CredentialContentView.Build(LearnerSamples.View(), "uk");

        Assert.Equal("Київський університет", content.AwardingBody.Text);
        Assert.Equal("UA", content.AwardingBodyCountry);
        Assert.Equal(["Очищати дані."], content.LearningOutcomes.Select(o => o.Text));
        Assert.Equal(["Written exam", "Project"], content.AssessmentMethods);
        Assert.Equal("Supervised, with identity check", content.Supervision);
        Assert.Equal(("92", "excellent"), (content.Grade, content.GradeLabel.Text));
        Assert.Equal(["Internal quality assurance"], content.QualityAssurance);
        Assert.Equal("NAQA", content.QualityAssuranceAgency.Text);
        Assert.Equal("UA-MC-2026-000001", content.Summary.RegistryNumber);
        Assert.Null(content.RevocationReasonCode);
    }

    [Fact]
    public void A_revoked_credential_gives_the_issuers_reason_in_the_readers_language()
    {
        var revocation = new RevocationRecord(LearnerSamples.Now.AddDays(-2), "ISSUED_IN_ERROR", [new TextValue("en", "Issued in error"), new TextValue("uk", "Видано помилково")]);

        var content = CredentialContentView.Build(LearnerSamples.View(revocation: revocation), "uk");

        Assert.Equal(("Revoked", "ISSUED_IN_ERROR", "Видано помилково", "uk"), (content.Summary.Status.Label, content.RevocationReasonCode, content.RevocationReason.Text, content.RevocationReason.Language));
        Assert.Equal(revocation.RevokedAt, content.StatusChangedAt);
    }

    [Fact]
    public void Workloads_in_other_units_are_listed_beside_the_notional_one()
    {
        var credential = LearnerSamples.Content(c => c.AdditionalWorkloads.Add(new Exchange.Contracts.V1.Workload { Amount = "180", AmountUpper = "190", Unit = Exchange.Contracts.V1.WorkloadUnit.AcademicHours }));

        var content = CredentialContentView.Build(LearnerSamples.View(content: credential), "en");

        Assert.Equal([new WorkloadText("180–190", "academic hours")], content.OtherWorkloads);
    }
}
