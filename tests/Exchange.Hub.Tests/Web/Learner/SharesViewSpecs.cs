using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Web.Learner;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>The learner's shares of a credential: newest first, who each is for, the link's validity apart from the
/// credential's, and only the ones in force revocable.</summary>
public sealed class SharesViewSpecs
{
    private static readonly DateTimeOffset Now = LearnerSamples.Now;

    [Fact]
    public void Shares_are_listed_newest_first_active_and_ended_alike()
    {
        var grants = new[]
        {
            LearnerSamples.Grant("sh-old", Now.AddDays(-40), Now.AddDays(-10)),
            LearnerSamples.Grant("sh-new", Now.AddDays(-1), Now.AddDays(29), hub: "hub-kz"),
            LearnerSamples.Grant("sh-mid", Now.AddDays(-5), Now.AddDays(25), revokedAt: Now.AddDays(-2)),
        };

        var view = SharesView.Build(grants, "UA-CRED-0123456789abcdef0123", null, Now);

        Assert.Equal(["sh-new", "sh-mid", "sh-old"], view.Shares.Select(s => s.ShareId));
        Assert.Equal([ShareGrantState.Active, ShareGrantState.Revoked, ShareGrantState.Expired], view.Shares.Select(s => s.State));
        Assert.Equal(["Link active", "Link revoked", "Link expired"], view.Shares.Select(s => s.Status.Label));
        Assert.Equal([true, false, false], view.Shares.Select(s => s.CanRevoke));
    }

    [Fact]
    public void A_row_keeps_the_links_end_and_the_credentials_end_apart()
    {
        var credentialEnd = Now.AddYears(3);
        var grant = LearnerSamples.Grant("sh-1", Now, Now.AddDays(30), uses: 2);

        var row = ShareRow.From(grant, "UA-CRED-0123456789abcdef0123", credentialEnd, Now);

        Assert.Equal((Now.AddDays(30), (DateTimeOffset?)credentialEnd, 2), (row.LinkValidUntil, row.CredentialValidUntil, row.UseCount));
        Assert.Equal("/my/credentials/UA-CRED-0123456789abcdef0123/shares/sh-1", row.Href);
    }
}
