using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Console.Commissions;

namespace Exchange.Hub.Web.Console.CaseActions;

/// <summary>
/// What the case page offers the signed-in person to do with a case: take it, decide it, put it before a commission,
/// vote, read the protocol; and who holds it. Built from the case and the caller alone (pure); administrators, who
/// read the console but act on no case, get nothing (<see cref="For"/> returns null).
/// </summary>
public sealed record CaseActionsView(
    string CaseId,
    string? AssignedOfficerId,
    bool AssignedToMe,
    bool CanTake,
    bool CanDecide,
    bool CanStartCommission,
    bool HasCommission,
    bool CanVote,
    bool HasProtocol,
    bool IsAppeal,
    IReadOnlyList<string> ExcludedOfficerIds,
    bool CallerExcluded)
{
    /// <summary>The assignee's display name from the hub's directory, when it has one (set by the view component).</summary>
    public string? AssignedOfficerName { get; init; }

    public static CaseActionsView? For(RecognitionCaseState state, CallerIdentity caller, HubRecognitionPolicy policy)
    {
        if (!caller.IsOfficer)
        {
            return null;
        }

        var open = state.Status is CaseStatus.InReview or CaseStatus.Appealed;
        var excluded = state.Status == CaseStatus.Appealed ? state.OpenAppeal?.ExcludedOfficerIds ?? [] : [];
        var callerExcluded = excluded.Contains(caller.Subject, StringComparer.Ordinal);
        var mine = string.Equals(state.AssignedOfficerId, caller.Subject, StringComparison.Ordinal);
        return new CaseActionsView(
            state.CaseId,
            state.AssignedOfficerId,
            mine,
            CanTake: open && !mine && !callerExcluded,
            CanDecide: open && mine && !callerExcluded,
            CanStartCommission: policy.CommissionMode && state.Status == CaseStatus.InReview,
            HasCommission: state.Commission is not null,
            CanVote: state.Status == CaseStatus.InCommission && VoteAuthorization.MayVote(caller, state.Commission),
            HasProtocol: state.SealedProtocol is not null,
            IsAppeal: state.Status == CaseStatus.Appealed,
            excluded,
            callerExcluded);
    }
}
