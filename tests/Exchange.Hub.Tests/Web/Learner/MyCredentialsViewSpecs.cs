using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Web.Learner;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>The learner's list of credentials: only their own, newest first, each with its title in the reader's
/// language, issuer, kind, levels, workload, status in words and until when the credential itself is valid.</summary>
public sealed class MyCredentialsViewSpecs
{
    [Fact]
    public void Only_the_learners_own_credentials_are_listed_newest_first()
    {
        var older = LearnerSamples.View(credentialId: "UA-CRED-00000000000000000001", issuedAt: new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var newer = LearnerSamples.View(credentialId: "UA-CRED-00000000000000000002", issuedAt: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var someoneElses = LearnerSamples.View(learnerId: "UA-L-000999", credentialId: "UA-CRED-00000000000000000003");

        var view = MyCredentialsView.Build([older, null, someoneElses, newer], "UA-L-000101", "en");

        Assert.Equal(["UA-CRED-00000000000000000002", "UA-CRED-00000000000000000001"], view.Credentials.Select(c => c.CredentialId));
    }

    [Theory]
    [InlineData("uk", "Аналіз даних мовою Python", "uk")]
    [InlineData("en", "Data analysis in Python", "en")]
    [InlineData("lv", "Data analysis in Python", "en")]
    public void The_title_is_in_the_readers_language_when_the_issuer_gave_it_else_in_english(string reader, string title, string language)
    {
        var row = CredentialSummary.From(LearnerSamples.View(), reader);

        Assert.Equal(new LocalWord(title, language), row.Title);
    }

    [Fact]
    public void A_row_carries_issuer_kind_levels_workload_and_where_the_credential_page_is()
    {
        var row = CredentialSummary.From(LearnerSamples.View(), "en");

        Assert.Equal("Kyiv University", row.Issuer.Text);
        Assert.Equal("Micro-credential", row.Kind);
        Assert.Equal(new CredentialLevels("7", EqfDerived: false, "Ukrainian NQF", "7"), row.Levels);
        Assert.Equal(new WorkloadText("6", "ECTS credits"), row.Workload);
        Assert.Equal("/my/credentials/UA-CRED-0123456789abcdef0123", row.Href);
    }

    [Fact]
    public void Without_a_stated_eqf_level_it_is_derived_from_the_national_one_and_said_so()
    {
        var content = LearnerSamples.Content(c => c.EquivalentLevels.Clear());

        var levels = CredentialSummary.From(LearnerSamples.View(content: content), "en").Levels;

        Assert.Equal(("7", true), (levels.Eqf, levels.EqfDerived));
        Assert.Equal("EQF {0} (derived from the national level)", LevelText.Of(levels)[0].Template);
    }

    [Fact]
    public void A_credential_with_no_level_at_all_says_not_stated()
    {
        var content = LearnerSamples.Content(c => { c.Level = null; c.EquivalentLevels.Clear(); });

        var phrases = LevelText.Of(CredentialSummary.From(LearnerSamples.View(content: content), "en").Levels);

        Assert.Equal(["not stated"], phrases.Select(p => p.Template));
    }

    [Fact]
    public void The_status_is_a_word_and_a_symbol_and_the_credentials_own_validity_is_its_expiry()
    {
        var expires = LearnerSamples.Now.AddYears(2);
        var active = CredentialSummary.From(LearnerSamples.View(expiresAt: expires), "en");
        var revoked = CredentialSummary.From(LearnerSamples.View(revocation: new RevocationRecord(LearnerSamples.Now.AddDays(-1), "FRAUD", [])), "en");
        var expired = CredentialSummary.From(LearnerSamples.View(expiresAt: LearnerSamples.Now.AddDays(-1)), "en");

        Assert.Equal(("Active", "✓", expires, true), (active.Status.Label, active.Status.Symbol, active.ValidUntil, active.CanShare));
        Assert.Equal(("Revoked", "✕", (DateTimeOffset?)null, false), (revoked.Status.Label, revoked.Status.Symbol, revoked.ValidUntil, revoked.CanShare));
        Assert.Equal(("Expired", false), (expired.Status.Label, expired.CanShare));
    }

    [Fact]
    public void Every_status_a_credential_can_have_has_its_own_word_and_symbol()
    {
        CredentialStatus[] statuses = [CredentialStatus.Active, CredentialStatus.Suspended, CredentialStatus.Revoked, CredentialStatus.Expired];

        var badges = statuses.Select(StatusBadge.Of).ToList();

        Assert.Equal(["Active", "Suspended", "Revoked", "Expired"], badges.Select(b => b.Label));
        Assert.Equal(4, badges.Select(b => b.Symbol).Distinct().Count());
        Assert.All(badges, b => Assert.StartsWith("badge badge--", b.CssClass, StringComparison.Ordinal));
    }

    [Fact]
    public void A_payload_that_is_not_a_credential_still_lists_the_credential_by_its_id()
    {
        var view = LearnerSamples.View();
        var broken = view with { Issued = view.Issued with { Envelope = view.Issued.Envelope with { Payload = [0xFF, 0xFF, 0xFF] } } };

        var row = CredentialSummary.From(broken, "en");

        Assert.Equal(("UA-CRED-0123456789abcdef0123", "UA-KNU"), (row.Title.Text, row.Issuer.Text));
    }
}
