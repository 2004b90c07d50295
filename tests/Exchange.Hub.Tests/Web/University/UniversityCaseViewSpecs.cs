using System.Text.Json;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.University;
using static Exchange.Hub.Tests.Web.University.UniversityCaseSamples;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>The university's case page without a cluster: what it shows of a case decided, denied, incomplete or
/// refused for a link shared with someone else, which forms it offers, and what its live status stream carries.</summary>
public sealed class UniversityCaseViewSpecs
{
    [Fact]
    public void A_case_the_rules_decided_in_full_shows_the_outcome_its_four_month_deadline_and_offers_no_appeal()
    {
        var state = DecidedInFull("uv-full");

        var view = UniversityCaseViewBuilder.Build(state, Start.AddDays(1), "en", "Academic Information Centre");

        Assert.Equal((CaseStatus.Decided, "Decided", "decided", true), (view.Status, view.StatusLabel, view.StatusCode, view.IsFinal));
        Assert.Equal(Start.AddSeconds(1).AddMonths(4), view.Deadline.At);
        var decision = Assert.IsType<DecisionView>(view.Decision);
        Assert.Equal(("Full recognition", "The hub's rules", false), (decision.OutcomeLabel, decision.DecidedByLabel, decision.Appealable));
        Assert.False(view.CanAppeal);
        Assert.False(view.CanSupplement);
        Assert.Equal("Received", view.Journal[^1].ToLabel);
        Assert.Equal("Decided", view.Journal[0].ToLabel);
        Assert.Equal(["Passed", "Passed"], view.Credentials.Single().Checks.Select(c => c.ResultLabel));
    }

    [Fact]
    public void A_denial_is_appealable_until_its_deadline_with_the_reasons_in_the_readers_language_and_the_appeal_body()
    {
        var state = Denied("uv-denied");
        var until = state.Decision!.AppealDeadline!.Value;

        var inTime = UniversityCaseViewBuilder.Build(state, until.AddHours(-1), "lv", "Academic Information Centre");
        var late = UniversityCaseViewBuilder.Build(state, until.AddHours(1), "lv", "Academic Information Centre");

        var decision = inTime.Decision!;
        Assert.Equal(("Recognition denied", "A recognition officer", true), (decision.OutcomeLabel, decision.DecidedByLabel, decision.Appealable));
        Assert.Equal(new Said("Vienu EKI līmeni zemāk par kursu.", "lv"), Assert.Single(decision.Justification));
        Assert.Equal(new Said("Complete a level-6 module and apply again.", "en"), Assert.Single(decision.Remedies));
        Assert.Equal(("Academic Information Centre", until), (decision.AppealBody, decision.AppealDeadline!.Value));
        Assert.True(inTime.CanAppeal);
        Assert.False(late.CanAppeal);
    }

    [Fact]
    public void An_incomplete_file_lists_what_is_missing_and_offers_the_supplement_form()
    {
        var view = UniversityCaseViewBuilder.Build(Incomplete("uv-incomplete"), Start, "en", "");

        Assert.Equal(CaseStatus.IncompleteFile, view.Status);
        Assert.True(view.CanSupplement);
        Assert.Null(view.Decision);
        Assert.NotEmpty(view.Findings);
        Assert.All(view.Findings, f => Assert.Equal("uv-incomplete-cred", f.CredentialId));
    }

    [Fact]
    public void A_link_shared_with_another_recipient_is_said_plainly_and_the_file_can_be_supplemented_with_another()
    {
        var view = UniversityCaseViewBuilder.Build(SharedWithAnotherHub("uv-elsewhere"), Start, "en", "");

        Assert.Equal(CaseStatus.CredentialInvalid, view.Status);
        Assert.True(view.SharedWithSomeoneElse);
        Assert.True(view.CanSupplement);
        var check = view.Credentials.Single().Checks.Single();
        Assert.Equal(("The learner shared it with the requester", CheckResult.Failed, "Failed", "✗"), (check.Label, check.Result, check.ResultLabel, check.Symbol));
        Assert.False(UniversityCaseViewBuilder.Build(DecidedInFull("uv-mine"), Start, "en", "").SharedWithSomeoneElse);
    }

    [Fact]
    public void No_share_code_reaches_the_view_even_while_the_case_still_holds_one_to_fetch()
    {
        var @case = Submitted("uv-secret", "uv-secret-cred");
        Assert.Equal("SHARE-uv-secret-cred", ((CredentialByReference)@case.State.CurrentCredentials[0]).ShareCode);

        var shown = JsonSerializer.Serialize(UniversityCaseViewBuilder.Build(@case.State, Start, "en", ""));

        Assert.DoesNotContain("SHARE-uv-secret-cred", shown, StringComparison.Ordinal);
        Assert.Contains(@case.State.CaseId, shown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_live_stream_carries_the_version_the_status_code_and_once_decided_the_outcome()
    {
        var received = CaseLiveUpdate.Of(Submitted("uv-live", "uv-live-cred").State);
        var decided = CaseLiveUpdate.Of(DecidedInFull("uv-live-2"));

        Assert.Equal(new CaseLiveUpdate(1, "received", null, false), received);
        Assert.Equal(("decided", "full", true), (decided.Status, decided.Outcome, decided.Final));
        Assert.Equal($"event: status\nid: {decided.Version}\ndata: {{\"version\":{decided.Version},\"status\":\"decided\",\"outcome\":\"full\",\"final\":true}}\n\n",
            decided.ToEvent());
        Assert.Equal("retry: 5000\n\n", CaseLiveUpdate.RetryLine());
    }
}
