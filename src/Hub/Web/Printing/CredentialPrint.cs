namespace Exchange.Hub.Web.Printing;

/// <summary>A credential as the learner prints it: every text already in <paramref name="Language"/> (the caller
/// translates labels; the renderer only lays out). <paramref name="LinkValidUntil"/> is the share link's expiry, apart
/// from the credential's own validity (a fact); <paramref name="CheckSummary"/> is what the hub found when it checked the
/// credential at <paramref name="CheckedAt"/>, e.g. "Signatures valid, not revoked".</summary>
public sealed record CredentialPrint(string Language, string Title, string LearnerName, string Issuer, string IssuerCountry,
    IReadOnlyList<PrintLine> Facts,
    IReadOnlyList<string> LearningOutcomes, string ShareLink, DateTimeOffset LinkValidUntil,
    DateTimeOffset CheckedAt, string CheckSummary)
{
    /// <summary>The printed words around the data, in <see cref="Language"/>; English unless the caller gives them.</summary>
    public CredentialPrintLabels Labels { get; init; } = CredentialPrintLabels.English;
}
