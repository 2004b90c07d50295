using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Web.Learner;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>"Link valid until" and "credential valid until" are different dates, and the sentence beside them says
/// which ends first and what that means.</summary>
public sealed class ValidityNoteSpecs
{
    private static readonly DateTimeOffset LinkEnd = new(2027, 1, 6, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_link_ending_before_the_credential_says_the_credential_stays_valid_after_it()
    {
        var note = ValidityNote.For(ShareGrantState.Active, LinkEnd, new DateTimeOffset(2029, 6, 30, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(ValidityNote.LinkEndsCredentialStays, note.Template);
        Assert.Equal(["2027-01-06", "2029-06-30"], note.Args.Select(a => a.Value));
    }

    [Fact]
    public void A_credential_without_expiry_is_said_not_to_expire()
    {
        var note = ValidityNote.For(ShareGrantState.Active, LinkEnd, null);

        Assert.Equal((ValidityNote.LinkEndsCredentialNeverExpires, "2027-01-06"), (note.Template, note.Args.Single().Value));
    }

    [Fact]
    public void A_credential_ending_before_its_link_warns_that_the_link_will_show_it_expired()
    {
        var note = ValidityNote.For(ShareGrantState.Active, LinkEnd, new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(ValidityNote.CredentialEndsFirst, note.Template);
        Assert.Equal(["2027-01-06", "2026-12-31"], note.Args.Select(a => a.Value));
    }

    [Theory]
    [InlineData(ShareGrantState.Revoked, ValidityNote.LinkRevoked)]
    [InlineData(ShareGrantState.Expired, ValidityNote.LinkExpired)]
    public void An_ended_link_says_so_and_that_the_credential_is_not_affected(ShareGrantState state, string template)
    {
        var note = ValidityNote.For(state, LinkEnd, LinkEnd.AddYears(1));

        Assert.Equal(template, note.Template);
        Assert.Contains("credential itself is not affected", note.Template, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_shown_in_utc_whatever_the_offset_they_come_with()
    {
        var late = new DateTimeOffset(2027, 1, 6, 23, 30, 0, TimeSpan.FromHours(-5));

        Assert.Equal(("2027-01-07", "2027-01-07 04:30 UTC"), (LearnerDates.Day(late), LearnerDates.Moment(late)));
    }
}
