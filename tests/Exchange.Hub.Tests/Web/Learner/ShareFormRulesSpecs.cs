using Exchange.Hub.Errors;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Learner;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>The share form: who may open the link (anyone, one hub of the federation, one university at a hub) and
/// for how many days, checked with messages next to the field that is wrong.</summary>
public sealed class ShareFormRulesSpecs
{
    private static readonly DateTimeOffset Now = LearnerSamples.Now;

    private static readonly IReadOnlyList<ShareHubChoice> Hubs =
        [new("hub-ua", "UA", IsOwn: true), new("hub-kz", "KZ", IsOwn: false), new("hub-lv", "LV", IsOwn: false)];

    private static readonly TimeSpan Maximum = TimeSpan.FromDays(90);

    [Fact]
    public void A_share_with_anyone_names_no_recipient_and_lasts_the_default_thirty_days()
    {
        var messages = new FieldMessages();

        var request = ShareFormRules.Check(new ShareForm { HubId = "hub-kz", InstitutionId = "KZ-KAZNU" }, Hubs, Maximum, Now, messages);

        Assert.False(messages.Any);
        Assert.Equal(new ShareRequest("", "", Now.AddDays(30)), request);
    }

    [Fact]
    public void A_share_with_a_hub_names_that_hub_and_ignores_the_institution_field()
    {
        var messages = new FieldMessages();

        var request = ShareFormRules.Check(new ShareForm { Recipient = ShareForm.ToHub, HubId = "hub-kz", InstitutionId = "junk", Days = "7" }, Hubs, Maximum, Now, messages);

        Assert.Equal(new ShareRequest("hub-kz", "", Now.AddDays(7)), request);
    }

    [Fact]
    public void A_share_with_a_university_names_the_hub_and_the_institution_as_the_registry_writes_it()
    {
        var messages = new FieldMessages();

        var request = ShareFormRules.Check(new ShareForm { Recipient = ShareForm.ToUniversity, HubId = "hub-kz", InstitutionId = " kz-kaznu ", Days = "90" }, Hubs, Maximum, Now, messages);

        Assert.Equal(new ShareRequest("hub-kz", "KZ-KAZNU", Now.AddDays(90)), request);
    }

    [Theory]
    [InlineData(ShareForm.ToHub, "hub-xx", "KZ-KAZNU", "30", ShareFormRules.HubField, ShareFormRules.ChooseHub)]
    [InlineData(ShareForm.ToHub, "", "", "30", ShareFormRules.HubField, ShareFormRules.ChooseHub)]
    [InlineData(ShareForm.ToUniversity, "hub-kz", "", "30", ShareFormRules.InstitutionField, ShareFormRules.EnterInstitution)]
    [InlineData(ShareForm.ToUniversity, "hub-kz", "KAZNU", "30", ShareFormRules.InstitutionField, ShareFormRules.InstitutionShape)]
    [InlineData(ShareForm.ToUniversity, "hub-kz", "KZ KAZNU", "30", ShareFormRules.InstitutionField, ShareFormRules.InstitutionShape)]
    [InlineData(ShareForm.ToAnyone, "", "", "0", ShareFormRules.ExpiryField, ShareFormRules.DaysRange)]
    [InlineData(ShareForm.ToAnyone, "", "", "91", ShareFormRules.ExpiryField, ShareFormRules.DaysRange)]
    [InlineData(ShareForm.ToAnyone, "", "", "2.5", ShareFormRules.ExpiryField, ShareFormRules.DaysRange)]
    [InlineData(ShareForm.ToAnyone, "", "", "", ShareFormRules.ExpiryField, ShareFormRules.DaysRange)]
    [InlineData("everyone", "", "", "30", ShareFormRules.RecipientField, ShareFormRules.ChooseRecipient)]
    public void A_wrong_field_gets_its_own_message_and_nothing_is_requested(string recipient, string hub, string institution, string days, string field, string message)
    {
        var messages = new FieldMessages();

        var request = ShareFormRules.Check(new ShareForm { Recipient = recipient, HubId = hub, InstitutionId = institution, Days = days }, Hubs, Maximum, Now, messages);

        Assert.Null(request);
        Assert.Equal([field], messages.Fields);
        Assert.Equal([message], messages.For(field));
    }

    [Fact]
    public void Every_wrong_field_is_reported_at_once()
    {
        var messages = new FieldMessages();

        ShareFormRules.Check(new ShareForm { Recipient = ShareForm.ToUniversity, HubId = "nowhere", InstitutionId = "", Days = "365" }, Hubs, Maximum, Now, messages);

        Assert.Equal([ShareFormRules.HubField, ShareFormRules.InstitutionField, ShareFormRules.ExpiryField], messages.Fields);
    }

    [Fact]
    public void The_longest_share_is_the_hubs_policy_in_whole_days()
    {
        Assert.Equal(90, ShareFormRules.MaximumDays(Exchange.Hub.Grains.Issuing.ShareGrantPolicy.MaximumLifetime));
        Assert.Equal(1, ShareFormRules.MaximumDays(TimeSpan.FromHours(5)));
    }

    [Fact]
    public void What_the_credential_refuses_is_shown_next_to_the_field_it_names_or_above_the_form()
    {
        var messages = new FieldMessages();

        ShareFormRules.Refused(new HubException(ErrorKind.InvalidArgument, "INVALID_EXPIRY", "expires_at must be in the future.", "expires_at"), messages);
        ShareFormRules.Refused(new HubException(ErrorKind.FailedPrecondition, "CREDENTIAL_REVOKED", "A revoked credential cannot be shared."), messages);

        Assert.Equal(["expires_at must be in the future."], messages.For(ShareFormRules.ExpiryField));
        Assert.Equal(["A revoked credential cannot be shared."], messages.For(FieldMessages.Form));
    }

    [Fact]
    public void The_hubs_offered_are_this_hub_first_then_the_pinned_peers()
    {
        var peers = new[]
        {
            new Exchange.Hub.Federation.Peers.PinnedPeer("hub-lv", "LV", new Uri("https://127.0.0.1:1"), []),
            new Exchange.Hub.Federation.Peers.PinnedPeer("hub-kz", "KZ", new Uri("https://127.0.0.1:2"), []),
        };

        var hubs = ShareHubChoices.Of(new Exchange.Hub.Hosting.HubOptions { HubId = "hub-ua", Country = "UA" }, peers);

        Assert.Equal([("hub-ua", true), ("hub-kz", false), ("hub-lv", false)], hubs.Select(h => (h.HubId, h.IsOwn)));
    }
}
