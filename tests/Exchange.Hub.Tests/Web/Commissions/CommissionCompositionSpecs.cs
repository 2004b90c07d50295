using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Console.Commissions;
using Exchange.Hub.Web.Console.Decisions;

namespace Exchange.Hub.Tests.Web.Commissions;

/// <summary>Composing a commission on the console: members only from the hub's commission members, each once, one
/// chair, the policy's minimum of voting members, and a proposal fit for any outcome of the vote.</summary>
public sealed class CommissionCompositionSpecs
{
    private static readonly HubRecognitionPolicy Policy = HubRecognitionPolicy.Defaults("KZ") with { CommissionMode = true, MinimumVotingMembers = 3 };

    private static readonly Dictionary<string, string> Directory = new()
    {
        ["kz-commission-1"] = "Aigerim Nurlanovna Sadykova",
        ["kz-commission-2"] = "Daniyar Serikuly Abenov",
        ["kz-commission-3"] = "Gulnara Maratovna Omarova",
        ["kz-officer"] = "Yerlan Bekovich Tulegenov",
    };

    private static CommissionForm Form() => new()
    {
        Members =
        [
            new MemberRow { Subject = "kz-commission-1", Selected = true, Role = "Chair", Voting = true },
            new MemberRow { Subject = "kz-commission-2", Selected = true, Role = "Member", Voting = true },
            new MemberRow { Subject = "kz-commission-3", Selected = true, Role = "Member", Voting = true },
            new MemberRow { Subject = "kz-officer", Selected = true, Role = "Secretary", Voting = false },
        ],
        MeetingAt = "2026-12-10T14:00",
        Location = "Astana, room 301",
        Proposal = new DecisionForm
        {
            Outcome = "partial",
            Language = "kk",
            Justification = "Көлемі 30 ECTS-тің 6-ын ғана қамтиды.",
            RecognisedScope = "Модульдің 6 ECTS бөлігі.",
            Remedies = "Қалған 24 ECTS-ті жинаңыз.",
            AppealInstructions = "Шешімге 30 күн ішінде шағымданыңыз.",
            Measures = [new MeasureRow { Kind = "Course", Description = "Модульдің қалған бөлігі", Ects = "24" }],
        },
    };

    private static (CommissionStart? Start, FieldMessages Messages) Compose(CommissionForm form)
    {
        var messages = new FieldMessages();
        return (CommissionComposition.ToStart(form, Directory, Policy, messages), messages);
    }

    [Fact]
    public void A_well_formed_commission_starts_with_the_directorys_names_and_the_meeting_in_utc()
    {
        var (start, messages) = Compose(Form());

        Assert.False(messages.Any, string.Join(" ", messages.Fields));
        Assert.NotNull(start);
        Assert.Equal(
            [("kz-commission-1", "Aigerim Nurlanovna Sadykova", CommissionRole.Chair, true), ("kz-commission-2", "Daniyar Serikuly Abenov", CommissionRole.Member, true),
             ("kz-commission-3", "Gulnara Maratovna Omarova", CommissionRole.Member, true), ("kz-officer", "Yerlan Bekovich Tulegenov", CommissionRole.Secretary, false)],
            start.Members.Select(m => (m.OfficerId, m.DisplayName, m.Role, m.Voting)));
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 14, 0, 0, TimeSpan.Zero), start.MeetingAt);
        Assert.Equal(("Astana, room 301", DecisionOutcome.Partial), (start.Location, start.Proposal.Outcome));
    }

    [Fact]
    public void Someone_who_is_not_a_commission_member_of_the_hub_cannot_be_put_on_it()
    {
        var form = Form();
        form.Members[3].Subject = "kz-learner";

        var (start, messages) = Compose(form);

        Assert.Null(start);
        Assert.Equal(["kz-learner is not a commission member of this hub."], messages.For("members[3].officer_id"));
    }

    [Fact]
    public void Fewer_voting_members_than_the_policy_asks_get_the_cases_own_words()
    {
        var form = Form();
        form.Members[2].Voting = false;

        var (start, messages) = Compose(form);

        Assert.Null(start);
        Assert.Equal(["A commission needs at least 3 voting members."], messages.For("members"));
    }

    [Fact]
    public void A_member_chosen_twice_or_a_commission_without_exactly_one_chair_is_refused()
    {
        var twice = Form();
        twice.Members.Add(new MemberRow { Subject = "kz-commission-2", Selected = true, Role = "Member" });
        Assert.Contains("Each officer can sit on the commission once.", Compose(twice).Messages.For("members"));

        var noChair = Form();
        noChair.Members[0].Role = "Member";
        Assert.Equal(["A commission has exactly one chair, who signs its decision."], Compose(noChair).Messages.For("members"));

        var twoChairs = Form();
        twoChairs.Members[1].Role = "Chair";
        Assert.Equal(["A commission has exactly one chair, who signs its decision."], Compose(twoChairs).Messages.For("members"));
    }

    [Fact]
    public void A_proposal_without_remedies_is_refused_since_the_vote_may_deny()
    {
        var form = Form();
        form.Proposal.Remedies = "";

        var (start, messages) = Compose(form);

        Assert.Null(start);
        Assert.Equal(["A denial must state what the applicant could do to be recognised later. (the commission may vote for a denial)"],
            messages.For("proposal.remedies"));
    }

    [Fact]
    public void A_meeting_time_that_is_not_a_date_and_time_is_refused_and_an_empty_one_means_now()
    {
        var form = Form();
        form.MeetingAt = "next Tuesday";
        Assert.Equal(["meeting_at"], Compose(form).Messages.Fields);

        form.MeetingAt = "";
        Assert.Null(Compose(form).Start!.MeetingAt);
    }
}
