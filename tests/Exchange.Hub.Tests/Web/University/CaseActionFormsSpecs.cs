using Exchange.Hub.Credentials;
using Exchange.Hub.Hosting;
using Exchange.Hub.Rpc;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.University;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>The supplement and appeal forms as the API's requests: the same checks in the same words, and the same
/// form sent twice is the same request.</summary>
public sealed class CaseActionFormsSpecs
{
    private static readonly InputPolicy Policy = new(new InputLimitOptions());

    [Fact]
    public void A_supplement_carries_the_new_link_and_notes_and_repeats_as_the_same_request()
    {
        var form = new SupplementForm { Link = "https://lv.example/v/hub-ua/UA-CRED-7/code-2", Notes = "The transcript is attached now.", Nonce = "abc" };

        var first = CaseActionForms.Supplement("rc-1", form, "lv", Policy, new FieldMessages())!;
        var again = CaseActionForms.Supplement("rc-1", form, "lv", Policy, new FieldMessages())!;

        Assert.Equal(("web-abc", "The transcript is attached now."), (first.IdempotencyKey, first.Notes));
        Assert.Equal(new CredentialByReference("hub-ua", "UA-CRED-7", "code-2"), Assert.Single(first.Credentials));
        Assert.Equal(first.Fingerprint, again.Fingerprint);
    }

    [Fact]
    public void A_supplement_without_link_or_notes_and_one_with_a_wrong_link_are_refused_at_their_fields()
    {
        var empty = new FieldMessages();
        var wrong = new FieldMessages();

        Assert.Null(CaseActionForms.Supplement("rc-1", new SupplementForm { Nonce = "n" }, "en", Policy, empty));
        Assert.Null(CaseActionForms.Supplement("rc-1", new SupplementForm { Link = "not a link", Nonce = "n" }, "en", Policy, wrong));

        Assert.Equal(["A supplement needs credentials or notes."], empty.For(CaseActionForms.CredentialsField));
        Assert.Equal(["This is not a share link. A share link looks like https://hub.example/v/hub-ua/UA-CRED-…/CODE."], wrong.For(CaseActionForms.CredentialsField));
    }

    [Fact]
    public void An_appeal_needs_its_grounds_and_names_the_decision_it_appeals()
    {
        var refused = new FieldMessages();
        Assert.Null(CaseActionForms.Appeal("rc-1", new AppealForm { DecisionId = "rc-1-d1", Grounds = "  ", Nonce = "n" }, "en", Policy, refused));

        var appeal = CaseActionForms.Appeal("rc-1", new AppealForm { DecisionId = "rc-1-d1", Grounds = "The level was read from an outdated table.", Nonce = "n" }, "uk", Policy, new FieldMessages())!;

        Assert.Equal(["An appeal needs its grounds in words."], refused.For(CaseActionForms.GroundsField));
        Assert.Equal(("rc-1-d1", "web-n"), (appeal.DecisionId, appeal.IdempotencyKey));
        Assert.Equal(new Exchange.Hub.Grains.Recognition.LocalText("uk", "The level was read from an outdated table."), Assert.Single(appeal.Grounds));
    }
}
