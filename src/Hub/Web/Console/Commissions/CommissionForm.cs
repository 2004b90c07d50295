using Exchange.Hub.Web.Console.Decisions;

namespace Exchange.Hub.Web.Console.Commissions;

/// <summary>What the commission form posts: one row per commission member of the hub (chosen or not, with a role and
/// whether they vote), the meeting, and the proposal put to the vote.</summary>
public sealed class CommissionForm
{
    public List<MemberRow> Members { get; set; } = [];

    /// <summary>The meeting's date and time in UTC as an <c>datetime-local</c> input sends it (<c>2026-12-10T14:00</c>);
    /// empty means now.</summary>
    public string MeetingAt { get; set; } = "";

    public string Location { get; set; } = "";

    public DecisionForm Proposal { get; set; } = new();
}

/// <summary>One person who may sit on the commission. Only <see cref="Subject"/> is trusted from the post; the name is
/// taken from the hub's directory.</summary>
public sealed class MemberRow
{
    public string Subject { get; set; } = "";

    public bool Selected { get; set; }

    /// <summary>A <c>CommissionRole</c> name: Chair, Member or Secretary.</summary>
    public string Role { get; set; } = "Member";

    /// <summary>Unchecked boxes are not posted, so the default is false and the form shows the rows checked at first.</summary>
    public bool Voting { get; set; }
}
