using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Learner;

/// <summary>Who a share is for, in words: anyone holding the link, one hub, one institution, or an institution at
/// one hub. The hub and institution ids are shown as they are; the sentence is a translation key.</summary>
public static class ShareRecipient
{
    public const string Anyone = "Anyone with the link";
    public const string Hub = "Only through hub {0}";
    public const string Institution = "Only institution {0}, through any hub";
    public const string InstitutionAtHub = "Only institution {1}, through hub {0}";

    public static IReadOnlyList<string> Templates { get; } = [Anyone, Hub, Institution, InstitutionAtHub];

    public static Phrase Describe(string recipientHubId, string recipientInstitutionId) =>
        (recipientHubId.Length > 0, recipientInstitutionId.Length > 0) switch
        {
            (false, false) => Phrase.Of(Anyone),
            (true, false) => Phrase.Of(Hub, recipientHubId),
            (false, true) => Phrase.Of(Institution, recipientInstitutionId),
            _ => Phrase.Of(InstitutionAtHub, recipientHubId, recipientInstitutionId),
        };
}
