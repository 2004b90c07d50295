using System.Text.Json.Nodes;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>The case grain issues its decision as a credential with the write that stores the decision, and marks a
/// superseded decision's status entry after the write that stores the decision superseding it, again on the next
/// activation if that mark was lost.</summary>
[Collection(CaseClusterGroup.Name)]
public sealed class DecisionCredentialIssueSpecs(CaseClusterFixture cluster)
{
    private static readonly LocalText[] HowToAppeal = [new("en", "Appeal in writing within 30 days.")];

    private static JsonObject Payload(string jws) => JsonNode.Parse(Base64UrlEncoder.DecodeBytes(jws.Split('.')[1]))!.AsObject();

    private async Task<(IRecognitionCaseGrain Grain, RecognitionCaseState Denied)> DeniedByAnOfficerAsync()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId) with { Level = new Adapters.Frameworks.LevelClaim(Adapters.Frameworks.QualificationFramework.UkraineNqf, 5) });
        var referred = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, Submission(Unique("key"), credentialId), CaseStatus.InReview);
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(referred.CaseId);
        await grain.AssignAsync("officer-ozola", Officer("officer-ozola"));
        var denied = await grain.DecideAsync(new OfficerDecisionInput
        {
            Outcome = DecisionOutcome.Denied,
            Justification = [new LocalText("en", "One EQF level below the course.")],
            Remedies = [new LocalText("en", "Complete a level-6 module and apply again.")],
            AppealInstructions = HowToAppeal,
        }, 0, Officer("officer-ozola"));
        return (grain, denied);
    }

    private static async Task<RecognitionCaseState> RedecideAfterAppealAsync(IRecognitionCaseGrain grain, RecognitionCaseState denied)
    {
        await grain.AppealAsync(new CaseAppealRequest(Unique("appeal"), "fp", denied.Decision!.DecisionId, [new LocalText("en", "The level mapping is wrong.")]), University);
        await grain.AssignAsync("officer-berzina", Officer("officer-lead"));
        return await grain.DecideAsync(new OfficerDecisionInput
        {
            Outcome = DecisionOutcome.Partial,
            Justification = [new LocalText("en", "Recognised in part.")],
            AppealInstructions = HowToAppeal,
        }, 0, Officer("officer-berzina"));
    }

    [Fact]
    public async Task An_automatic_decision_is_stored_with_its_signed_credential_and_status_entry()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId));

        var state = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, Submission(Unique("key"), credentialId), CaseStatus.Decided);

        var decision = state.Decision!;
        Assert.NotNull(decision.StatusIndex);
        var payload = Payload(decision.DecisionCredential!);
        Assert.Equal($"urn:exchange:{CaseClusterFixture.HubId}:decision:{decision.DecisionId}", (string)payload["jti"]!);
        Assert.Equal("urn:exchange:hub-ua:learner:UA-RNOKPP-2718281828", (string)payload["sub"]!);
        Assert.Equal("automatic", (string)payload["credentialSubject"]!["recognition"]!["decidedBy"]!);
        Assert.Equal(credentialId, (string)payload["credentialSubject"]!["recognition"]!["recognisedCredential"]![0]!["credentialId"]!);
        Assert.Equal(decision.StatusIndex.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)payload["credentialStatus"]!["statusListIndex"]!);
    }

    [Fact]
    public async Task A_commissions_decision_is_issued_as_the_commissions_without_naming_its_members()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId) with { Level = new Adapters.Frameworks.LevelClaim(Adapters.Frameworks.QualificationFramework.UkraineNqf, 5) });
        var referred = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, Submission(Unique("key"), credentialId), CaseStatus.InReview);
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(referred.CaseId);
        CommissionMember[] members =
        [
            new("officer-chair", "Dr. Aigerim Sadykova", CommissionRole.Chair, true),
            new("officer-ozola", "Ilze Ozola", CommissionRole.Member, true),
            new("officer-berzina", "Anna Bērziņa", CommissionRole.Member, true),
        ];
        await grain.StartCommissionAsync(new CommissionStart(members, null, "online", new OfficerDecisionInput
        {
            Outcome = DecisionOutcome.Partial,
            Justification = [new LocalText("en", "Recognised in part.")],
            AppealInstructions = HowToAppeal,
        }), Officer("officer-chair"));
        await grain.CastVoteAsync(VoteChoice.Partial, [], new CaseActor(CaseActorKind.CommissionMember, "officer-chair"));
        var decided = await grain.CastVoteAsync(VoteChoice.Partial, [], new CaseActor(CaseActorKind.CommissionMember, "officer-ozola"));

        Assert.Equal(CaseStatus.Decided, decided.Status);
        var jws = decided.Decision!.DecisionCredential!;
        var recognition = Payload(jws)["credentialSubject"]!["recognition"]!;
        Assert.Equal("commission", (string)recognition["decidedBy"]!);
        Assert.Equal("partial", (string)recognition["outcome"]!);
        var text = Payload(jws).ToJsonString();
        Assert.All(members, m => Assert.DoesNotContain(m.OfficerId, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redecision_after_an_appeal_has_its_own_credential_and_marks_the_superseded_decisions_entry()
    {
        var (grain, denied) = await DeniedByAnOfficerAsync();
        var first = denied.Decision!;
        Assert.NotNull(first.DecisionCredential);
        Assert.Equal(0, cluster.DecisionCredentials.MarksOf(first.StatusIndex!.Value));

        var redecided = await RedecideAfterAppealAsync(grain, denied);

        var second = redecided.Decision!;
        Assert.NotEqual(first.StatusIndex, second.StatusIndex);
        Assert.Equal($"urn:exchange:{CaseClusterFixture.HubId}:decision:{first.DecisionId}", (string)Payload(second.DecisionCredential!)["credentialSubject"]!["recognition"]!["supersedes"]!);
        Assert.Equal(1, cluster.DecisionCredentials.MarksOf(first.StatusIndex.Value));
        Assert.Equal(0, cluster.DecisionCredentials.MarksOf(second.StatusIndex!.Value));
        Assert.True(redecided.PreviousDecisions.Single().StatusMarked);
        Assert.Equal(first.DecisionCredential, redecided.PreviousDecisions.Single().DecisionCredential);
    }

    [Fact]
    public async Task A_mark_lost_after_the_redecision_was_stored_is_set_on_the_next_activation()
    {
        var (grain, denied) = await DeniedByAnOfficerAsync();
        var first = denied.Decision!;
        cluster.DecisionCredentials.FailNextMark(first.DecisionId);

        var redecided = await RedecideAfterAppealAsync(grain, denied);
        Assert.Equal(CaseStatus.Decided, redecided.Status);
        Assert.False(redecided.PreviousDecisions.Single().StatusMarked);
        Assert.Equal(0, cluster.DecisionCredentials.MarksOf(first.StatusIndex!.Value));

        await cluster.Cluster.DeactivateAsync(grain);
        await grain.GetAsync(University);

        await Eventually.True(async () => (await grain.GetAsync(University)).PreviousDecisions.Single().StatusMarked,
            TimeSpan.FromSeconds(10), "The superseded decision was never marked after the activation.");
        Assert.Equal(1, cluster.DecisionCredentials.MarksOf(first.StatusIndex.Value));
    }
}
