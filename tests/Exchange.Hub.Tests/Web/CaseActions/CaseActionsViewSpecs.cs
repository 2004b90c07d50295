using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console.CaseActions;

namespace Exchange.Hub.Tests.Web.CaseActions;

/// <summary>What the case page offers: nothing to administrators, take/decide to officers, the appeal's exclusions.</summary>
public sealed class CaseActionsViewSpecs
{
    private static readonly HubRecognitionPolicy Policy = HubRecognitionPolicy.Defaults("LV");

    private static readonly CallerIdentity Ozola = new("lv-officer", HubRoles.Officer, null, null, false);

    private static RecognitionCaseState Case(CaseStatus status, string? assigned = null) => new()
    {
        CaseId = "rc-00000000000000000000000a",
        Status = status,
        WasReferred = true,
        AssignedOfficerId = assigned,
    };

    [Fact]
    public void An_administrator_gets_no_actions()
    {
        Assert.Null(CaseActionsView.For(Case(CaseStatus.InReview), new CallerIdentity("lv-admin", HubRoles.Admin, null, null, false), Policy));
    }

    [Fact]
    public void An_officer_takes_an_unassigned_case_and_decides_it_once_it_is_theirs()
    {
        var open = CaseActionsView.For(Case(CaseStatus.InReview), Ozola, Policy)!;
        Assert.Equal((true, false, false, null), (open.CanTake, open.CanDecide, open.AssignedToMe, open.AssignedOfficerId));

        var mine = CaseActionsView.For(Case(CaseStatus.InReview, "lv-officer"), Ozola, Policy)!;
        Assert.Equal((false, true, true), (mine.CanTake, mine.CanDecide, mine.AssignedToMe));

        var decided = CaseActionsView.For(Case(CaseStatus.Decided, "lv-officer"), Ozola, Policy)!;
        Assert.Equal((false, false), (decided.CanTake, decided.CanDecide));
    }

    [Fact]
    public void The_officer_of_the_appealed_decision_can_neither_take_nor_decide_the_appeal()
    {
        var state = Case(CaseStatus.Appealed);
        state.Appeals.Add(new CaseAppeal("rc-a1", "k", "f", "d1", [], CaseActor.System, DateTimeOffset.UnixEpoch,
            AppealStatus.Lodged, ["lv-officer"], null, null));

        var view = CaseActionsView.For(state, Ozola, Policy)!;

        Assert.Equal((true, true, false, false), (view.IsAppeal, view.CallerExcluded, view.CanTake, view.CanDecide));
        Assert.Equal(["lv-officer"], view.ExcludedOfficerIds);
        Assert.True(CaseActionsView.For(state, Ozola with { Subject = "lv-officer-2" }, Policy)!.CanTake);
    }

    [Fact]
    public void Commission_mode_is_offered_only_by_a_hub_whose_policy_has_it_and_only_its_voting_members_vote()
    {
        Assert.False(CaseActionsView.For(Case(CaseStatus.InReview), Ozola, Policy)!.CanStartCommission);
        Assert.True(CaseActionsView.For(Case(CaseStatus.InReview), Ozola, Policy with { CommissionMode = true })!.CanStartCommission);

        var state = Case(CaseStatus.InCommission);
        state.Commission = new CaseCommission("c1", [new CommissionMember("kz-commission-1", "S", CommissionRole.Chair, true)], [],
            CommissionStatus.Voting, DateTimeOffset.UnixEpoch, "", new OfficerDecisionInput { Outcome = DecisionOutcome.Full }, null);
        var member = new CallerIdentity("kz-commission-1", HubRoles.Officer, null, null, true);
        Assert.True(CaseActionsView.For(state, member, Policy)!.CanVote);
        Assert.False(CaseActionsView.For(state, Ozola, Policy)!.CanVote);
    }
}
