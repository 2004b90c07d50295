namespace Exchange.Hub.Web.Printing;

/// <summary>The words a credential printout puts around its data, translated by the caller. The two sentences are
/// composite formats: <see cref="LinkValidUntil"/> takes the date, <see cref="CheckedOn"/> the date and the summary.</summary>
public sealed record CredentialPrintLabels(string Learner, string Issuer, string LearningOutcomes, string ShareLink,
    string LinkValidUntil, string CheckedOn, string QrCode)
{
    public static CredentialPrintLabels English { get; } = new(
        "Learner", "Issued by", "Learning outcomes", "Check this credential online", "Link valid until {0}",
        "Checked on {0}: {1}", "QR code of the link");
}
