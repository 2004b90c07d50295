using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console.Commissions;

namespace Exchange.Hub.Tests.Web.Commissions;

/// <summary>Votes from the console: only a commission member, only in their own name, only on their commission.</summary>
public sealed class VoteAuthorizationSpecs
{
    private static readonly OfficerDecisionInput Proposal = new() { Outcome = DecisionOutcome.Full };

    private static readonly CaseCommission Commission = new("rc-1-c1",
    [
        new CommissionMember("kz-commission-1", "Sadykova", CommissionRole.Chair, true),
        new CommissionMember("kz-commission-2", "Abenov", CommissionRole.Member, true),
        new CommissionMember("kz-commission-3", "Omarova", CommissionRole.Member, true),
        new CommissionMember("kz-secretary", "Tulegenov", CommissionRole.Secretary, false),
    ], [], CommissionStatus.Voting, DateTimeOffset.UnixEpoch, "Astana", Proposal, null);

    private static CallerIdentity Person(string subject, bool commission = true) => new(subject, HubRoles.Officer, null, null, commission);

    private static HubException Refusal(CallerIdentity caller, string voter, CaseCommission? commission = null) =>
        Assert.Throws<HubException>(() => VoteAuthorization.Require(caller, voter, commission ?? Commission));

    [Fact]
    public void A_voting_member_votes_in_their_own_name()
    {
        VoteAuthorization.Require(Person("kz-commission-2"), "kz-commission-2", Commission);

        Assert.True(VoteAuthorization.MayVote(Person("kz-commission-2"), Commission));
    }

    [Fact]
    public void A_member_voting_in_another_members_name_is_refused_with_the_apis_words()
    {
        var refused = Refusal(Person("kz-commission-2"), "kz-commission-1");

        Assert.Equal((ErrorKind.PermissionDenied, "NOT_ALLOWED", "Only a commission member votes, and only in their own name."),
            (refused.Kind, refused.Reason, refused.Message));
    }

    [Fact]
    public void An_officer_without_the_commission_claim_is_refused_even_when_listed()
    {
        Assert.Equal("NOT_ALLOWED", Refusal(Person("kz-commission-3", commission: false), "kz-commission-3").Reason);
        Assert.False(VoteAuthorization.MayVote(Person("kz-commission-3", commission: false), Commission));
    }

    [Fact]
    public void A_commission_member_who_is_not_on_this_cases_commission_or_does_not_vote_is_refused()
    {
        Assert.Equal("kz-commission-9 is not a voting member of this commission.", Refusal(Person("kz-commission-9"), "kz-commission-9").Message);
        Assert.Equal("kz-secretary is not a voting member of this commission.", Refusal(Person("kz-secretary"), "kz-secretary").Message);
        Assert.Equal("NOT_ALLOWED", Assert.Throws<HubException>(() => VoteAuthorization.Require(Person("kz-commission-1"), "kz-commission-1", null)).Reason);
    }

    [Fact]
    public void A_decided_commission_offers_no_vote()
    {
        Assert.False(VoteAuthorization.MayVote(Person("kz-commission-1"), Commission with { Status = CommissionStatus.Decided }));
    }
}
