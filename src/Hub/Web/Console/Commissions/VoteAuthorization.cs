using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Security;

namespace Exchange.Hub.Web.Console.Commissions;

/// <summary>
/// Who may vote on a case from the console: a commission member (the <c>commission</c> claim), in their own name (the
/// form's voter is the signed-in subject), who is a voting member of that case's commission. The same refusals as
/// the API's <c>CastCommissionVote</c> and the case's <c>CastVote</c>, so a forged form learns nothing new.
/// </summary>
public static class VoteAuthorization
{
    /// <summary>Throws the refusal for a vote <paramref name="caller"/> may not cast as <paramref name="voter"/>.</summary>
    public static void Require(CallerIdentity caller, string voter, CaseCommission? commission)
    {
        if (!caller.IsCommissionMember || !string.Equals(voter, caller.Subject, StringComparison.Ordinal))
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "Only a commission member votes, and only in their own name.");
        }

        if (!IsVotingMember(caller.Subject, commission))
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", $"{caller.Subject} is not a voting member of this commission.");
        }
    }

    /// <summary>Whether the console offers <paramref name="caller"/> a vote on this commission now.</summary>
    public static bool MayVote(CallerIdentity caller, CaseCommission? commission) =>
        caller.IsCommissionMember && commission is { Status: not CommissionStatus.Decided } && IsVotingMember(caller.Subject, commission);

    private static bool IsVotingMember(string subject, CaseCommission? commission) =>
        commission?.Members.Any(m => m.Voting && string.Equals(m.OfficerId, subject, StringComparison.Ordinal)) == true;
}
