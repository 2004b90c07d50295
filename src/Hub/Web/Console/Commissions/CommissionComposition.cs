using System.Globalization;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Web.Console.Decisions;

namespace Exchange.Hub.Web.Console.Commissions;

/// <summary>
/// Reads the commission form into the start of a commission, with every problem under the API's field names:
/// members only from the hub's commission members and each once, one chair, the policy's minimum of voting members,
/// a readable meeting time, and a proposal fit for any outcome of the vote (<see cref="OfficerDecisionRules"/>). Pure.
/// </summary>
public static class CommissionComposition
{
    /// <summary>The API's field names the form has.</summary>
    public static IReadOnlySet<string> Fields { get; } = new HashSet<string>(
        DecisionFormMapping.Fields("proposal").Append("members").Append("meeting_at").Append("location"), StringComparer.Ordinal);

    /// <param name="candidates">The hub's commission members: subject → display name.</param>
    /// <returns>The commission to start, or null when <paramref name="messages"/> holds a problem with it.</returns>
    public static CommissionStart? ToStart(CommissionForm form, IReadOnlyDictionary<string, string> candidates,
        HubRecognitionPolicy policy, FieldMessages messages)
    {
        var before = messages.Count;
        var chosen = form.Members.Where(m => m.Selected).ToList();
        var members = new List<CommissionMember>();
        foreach (var (row, i) in chosen.Select((r, i) => (r, i)))
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"members[{i}]");
            if (!candidates.TryGetValue(row.Subject, out var name))
            {
                messages.Add(at + ".officer_id", $"{row.Subject} is not a commission member of this hub.");
                continue;
            }

            if (!Enum.TryParse<CommissionRole>(row.Role, ignoreCase: false, out var role) || !Enum.IsDefined(role))
            {
                messages.Add(at + ".role", "A member's role is chair, member or secretary.");
                continue;
            }

            members.Add(new CommissionMember(row.Subject, name, role, row.Voting));
        }

        if (chosen.Select(m => m.Subject).Distinct(StringComparer.Ordinal).Count() != chosen.Count)
        {
            messages.Add("members", "Each officer can sit on the commission once.");
        }

        if (members.Count(m => m.Role == CommissionRole.Chair) != 1)
        {
            messages.Add("members", "A commission has exactly one chair, who signs its decision.");
        }

        if (members.Count(m => m.Voting) < policy.MinimumVotingMembers)
        {
            // The case's own words (RecognitionCase.StartCommission), so the page and the API say the same.
            messages.Add("members", string.Create(CultureInfo.InvariantCulture, $"A commission needs at least {policy.MinimumVotingMembers} voting members."));
        }

        DateTimeOffset? meetingAt = null;
        if (!string.IsNullOrWhiteSpace(form.MeetingAt))
        {
            if (DateTime.TryParseExact(form.MeetingAt.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when))
            {
                meetingAt = new DateTimeOffset(when, TimeSpan.Zero);
            }
            else
            {
                messages.Add("meeting_at", "The meeting time is a date and time in UTC, such as 2026-12-10T14:00.");
            }
        }

        var proposal = DecisionFormMapping.ToDecision(form.Proposal, messages, "proposal");
        if (proposal is not null)
        {
            messages.AddAll(OfficerDecisionRules.ProposalProblems(proposal, "proposal"));
        }

        return messages.Count == before && proposal is not null
            ? new CommissionStart(members, meetingAt, form.Location.Trim(), proposal)
            : null;
    }
}
