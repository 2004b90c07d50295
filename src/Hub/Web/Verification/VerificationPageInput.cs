using System.Globalization;
using Exchange.Hub.Credentials;

namespace Exchange.Hub.Web.Verification;

/// <summary>What the verification page is built from: the credential as resolved (envelope, report, the issuing
/// hub's status statement), the viewer's national framework (a country code: its framework and credit unit), the
/// countries whose frameworks the page offers, the page's own path (for those links) and the reader's culture.</summary>
public sealed record VerificationPageInput(
    ResolvedCredential Resolved,
    string ViewerCountry,
    IReadOnlyList<string> Countries,
    string PagePath,
    CultureInfo Culture)
{
    public string Language => Culture.TwoLetterISOLanguageName;
}
