using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Learner;

/// <summary>
/// The sentence that keeps the two validities apart: the link's (how long the share lets someone open the credential)
/// and the credential's (how long the credential itself is valid, whoever looks). People confuse them, so the page
/// says which one ends first and what that means. Dates are shown as UTC days, the same in every language.
/// </summary>
public static class ValidityNote
{
    public const string LinkEndsCredentialStays = "The link stops working on {0}. The credential itself stays valid until {1}: you can share it again with a new link.";
    public const string LinkEndsCredentialNeverExpires = "The link stops working on {0}. The credential itself does not expire: you can share it again with a new link.";
    public const string CredentialEndsFirst = "The credential itself expires on {1}, before the link ends on {0}: from then on, the link shows it as expired.";
    public const string LinkRevoked = "You revoked this link: it no longer opens the credential. The credential itself is not affected.";
    public const string LinkExpired = "This link has ended: it no longer opens the credential. The credential itself is not affected; you can share it again.";

    public static IReadOnlyList<string> Templates { get; } =
        [LinkEndsCredentialStays, LinkEndsCredentialNeverExpires, CredentialEndsFirst, LinkRevoked, LinkExpired];

    public static Phrase For(ShareGrantState state, DateTimeOffset linkValidUntil, DateTimeOffset? credentialValidUntil)
    {
        if (state != ShareGrantState.Active)
        {
            return Phrase.Of(state == ShareGrantState.Revoked ? LinkRevoked : LinkExpired);
        }

        if (credentialValidUntil is not { } credentialEnd)
        {
            return Phrase.Of(LinkEndsCredentialNeverExpires, Day(linkValidUntil));
        }

        return Phrase.Of(credentialEnd < linkValidUntil ? CredentialEndsFirst : LinkEndsCredentialStays, Day(linkValidUntil), Day(credentialEnd));
    }

    private static string Day(DateTimeOffset at) => LearnerDates.Day(at);
}
