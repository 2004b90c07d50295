using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Web.Console.Commissions;

/// <summary>The votes so far: each member's latest vote, who has not voted, and how many votes a majority needs
/// (more than half of the voting members, as <see cref="CaseCommission.Majority"/> counts).</summary>
public sealed record CommissionTally(int Full, int Partial, int Denied, int Abstained, int NotYetVoted, int VotingMembers)
{
    public int MajorityNeeds => VotingMembers / 2 + 1;

    public static CommissionTally Of(CaseCommission commission) => new(
        commission.Votes.Count(v => v.Choice == VoteChoice.Full),
        commission.Votes.Count(v => v.Choice == VoteChoice.Partial),
        commission.Votes.Count(v => v.Choice == VoteChoice.Denied),
        commission.Votes.Count(v => v.Choice == VoteChoice.Abstain),
        commission.Members.Count(m => m.Voting && commission.Votes.All(v => v.OfficerId != m.OfficerId)),
        commission.VotingMembers);
}
