using Exchange.Hub.Web.Learner;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>Who a share is for, in words: the four combinations a grant can name.</summary>
public sealed class ShareRecipientSpecs
{
    [Theory]
    [InlineData("", "", "Anyone with the link", new string[0])]
    [InlineData("hub-kz", "", "Only through hub {0}", new[] { "hub-kz" })]
    [InlineData("", "KZ-KAZNU", "Only institution {0}, through any hub", new[] { "KZ-KAZNU" })]
    [InlineData("hub-kz", "KZ-KAZNU", "Only institution {1}, through hub {0}", new[] { "hub-kz", "KZ-KAZNU" })]
    public void The_recipient_is_anyone_a_hub_an_institution_or_an_institution_at_a_hub(string hub, string institution, string template, string[] values)
    {
        var phrase = ShareRecipient.Describe(hub, institution);

        Assert.Equal(template, phrase.Template);
        Assert.Equal(values, phrase.Args.Select(a => a.Value));
        Assert.All(phrase.Args, a => Assert.False(a.IsLabel));
    }
}
