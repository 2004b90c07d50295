using Exchange.Hub.Credentials;
using Exchange.Hub.Web.University;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>Which verifications of a pasted link refuse it on the request form, and in which words.</summary>
public sealed class ShareLinkRefusalsSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CredentialVerification With(params CheckOutcome[] checks) => new("UA-CRED-1", "hub-ua", checks, Now, Now);

    [Fact]
    public void A_share_for_another_recipient_is_refused_with_the_recipient_message()
    {
        var refusal = ShareLinkRefusals.Of(With(new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Failed,
            "Hub hub-ua refused the credential (PermissionDenied): The share grant is limited to another recipient.", "SHARE_RECIPIENT_MISMATCH")));

        Assert.Equal(ShareLinkRefusals.RecipientMismatchMessage, refusal);
        Assert.Contains("not with yours", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SHARE_CODE_EXPIRED", "This link has expired. Ask the learner for a new one.")]
    [InlineData("SHARE_CODE_INVALID", "This link opens no credential: it was revoked, mistyped or never existed. Ask the learner for a new one.")]
    [InlineData("CREDENTIAL_NOT_FOUND", "This link opens no credential: it was revoked, mistyped or never existed. Ask the learner for a new one.")]
    public void Other_share_failures_are_refused_in_their_own_words(string reason, string message) =>
        Assert.Equal(message, ShareLinkRefusals.Of(With(new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Failed, "refused", reason))));

    [Fact]
    public void A_hub_that_is_not_pinned_is_refused_but_an_unreachable_one_or_a_revoked_credential_is_left_to_the_case()
    {
        Assert.NotNull(ShareLinkRefusals.Of(With(new CheckOutcome(VerificationCheck.HubKeyTrusted, CheckResult.Failed, "not pinned", FederatedCredentialResolver.IssuingHubUnknownReason))));
        Assert.Null(ShareLinkRefusals.Of(With(new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Unavailable, "no answer", "PEER_UNAVAILABLE"))));
        Assert.Null(ShareLinkRefusals.Of(With(
            new CheckOutcome(VerificationCheck.ShareGrant, CheckResult.Passed, "accepted"),
            new CheckOutcome(VerificationCheck.Revocation, CheckResult.Failed, "revoked", "CREDENTIAL_REVOKED"))));
    }
}
