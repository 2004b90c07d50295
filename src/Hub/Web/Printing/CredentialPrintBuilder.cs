using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Exchange.Hub.Web.Printing;

/// <summary>
/// Turns a credential, its share link and a fresh verification report into the <see cref="CredentialPrint"/> the
/// renderer lays out, in the request's language (<see cref="CultureInfo.CurrentUICulture"/>, set by the request
/// localization): labels and the check's summary from <see cref="CredentialPrintTexts"/>, the issuer's texts (title,
/// names, outcomes) in the reader's language when the credential has it.
/// </summary>
public sealed class CredentialPrintBuilder(IStringLocalizer<CredentialPrintTexts> texts)
{
    public CredentialPrint Build(CredentialPrintSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var culture = CultureInfo.CurrentUICulture;
        var language = culture.TwoLetterISOLanguageName;
        var credential = source.Credential;
        var issuer = credential.AwardingBodies.FirstOrDefault();
        var country = issuer?.CountryCode is { Length: > 0 } code ? code : credential.IssuerLocations.FirstOrDefault()?.CountryCode ?? "";
        var learner = credential.Learner;
        var name = string.Join(" ", new[] { learner?.GivenNames, learner?.FamilyName }
            .Select(t => PrintTexts.Pick(t, language)).Where(t => t.Length > 0));
        return new CredentialPrint(
            language,
            PrintTexts.Pick(credential.Title, language),
            name,
            PrintTexts.Pick(issuer?.Name, language),
            country.Length > 0 ? CredentialFacts.CountryName(country, texts) : "",
            CredentialFacts.Of(credential, source.RegistryNumber, texts, culture),
            [.. credential.LearningOutcomes.Select(o => PrintTexts.Pick(o.Text, language)).Where(t => t.Length > 0)],
            source.Link.AbsoluteUri,
            source.LinkValidUntil,
            source.Report.VerifiedAt,
            texts[CheckSummary.Of(source.Report)])
        {
            Labels = new CredentialPrintLabels(texts[CredentialPrintTexts.Learner], texts[CredentialPrintTexts.IssuedBy],
                texts[CredentialPrintTexts.LearningOutcomes], texts[CredentialPrintTexts.CheckOnline],
                texts[CredentialPrintTexts.LinkValidUntil], texts[CredentialPrintTexts.CheckedOn], texts[CredentialPrintTexts.QrCode]),
        };
    }
}
