using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials;

namespace Exchange.Hub.Web.Verification;

/// <summary>
/// The English words of the verification page for domain values: each is a key the page translates through
/// <see cref="VerificationTexts"/>, so every check, state, unit and framework is written once, here.
/// </summary>
public static class VerificationWords
{
    /// <summary>The four questions the thirteen checks answer, each with its checks in the verifier's order.</summary>
    public static IReadOnlyList<(string Question, VerificationCheck[] Checks)> Groups { get; } =
    [
        ("Is it intact, and who signed it?",
            [VerificationCheck.EnvelopeFormat, VerificationCheck.HeaderConsistency, VerificationCheck.HubKeyTrusted, VerificationCheck.HubAttestation,
             VerificationCheck.InstitutionKeyValid, VerificationCheck.InstitutionSignature, VerificationCheck.EmbeddedProof]),
        ("Is the issuer recognised?", [VerificationCheck.IssuerKeyTrusted, VerificationCheck.IssuerQualityAssurance]),
        ("Is it still valid?", [VerificationCheck.Revocation, VerificationCheck.Expiry]),
        ("Is this link valid, and the record complete?", [VerificationCheck.ShareGrant, VerificationCheck.RequiredElements]),
    ];

    /// <summary>The checks whose failure means the signature does not verify: nothing after them is worth checking.</summary>
    public static bool IsSignatureCheck(VerificationCheck check) => check <= VerificationCheck.EmbeddedProof;

    public static string Of(VerificationCheck check) => check switch
    {
        VerificationCheck.EnvelopeFormat => "The file is complete and readable",
        VerificationCheck.HeaderConsistency => "Its parts agree with each other",
        VerificationCheck.HubKeyTrusted => "The issuing hub's key is trusted here",
        VerificationCheck.HubAttestation => "The issuing hub's seal is genuine",
        VerificationCheck.InstitutionKeyValid => "The institution's key was valid when it signed",
        VerificationCheck.InstitutionSignature => "The institution's signature is genuine",
        VerificationCheck.EmbeddedProof => "An embedded proof holds",
        VerificationCheck.IssuerQualityAssurance => "The issuer is quality-assured",
        VerificationCheck.Revocation => "The issuer has not revoked it",
        VerificationCheck.Expiry => "It has not expired",
        VerificationCheck.ShareGrant => "The learner's link is valid",
        VerificationCheck.RequiredElements => "Every required element is present",
        VerificationCheck.IssuerKeyTrusted => "The issuer's key is on this hub's trust list",
        _ => check.ToString(),
    };

    public static string Of(CheckLineState state) => state switch
    {
        CheckLineState.Passed => "Passed",
        CheckLineState.PassedWithNote => "Passed, with a note",
        CheckLineState.Failed => "Failed",
        CheckLineState.CouldNotBeChecked => "Could not be checked",
        CheckLineState.DoesNotApply => "Does not apply",
        CheckLineState.NeedsJudgement => Console.ConsoleLabels.NeedsJudgement,
        _ => "Not checked",
    };

    public static string Of(VerificationOutcome outcome) => outcome switch
    {
        VerificationOutcome.Valid => "Every check passed: this credential is genuine and in force.",
        VerificationOutcome.Revoked => "REVOKED: the issuer has withdrawn this credential. Do not rely on it.",
        VerificationOutcome.SignatureInvalid => "This credential's signature does not verify: do not rely on it.",
        VerificationOutcome.Expired => "This credential has expired.",
        VerificationOutcome.Invalid => "This credential did not pass every check: read the failed ones below.",
        VerificationOutcome.Indeterminate => "Some checks could not be made now: try again later before relying on it.",
        VerificationOutcome.NeedsReview => "Not verified: its signature holds, but part of it needs an officer's judgement. Do not rely on it as it is.",
        _ => "The issuing hub could not be reached, so nothing could be checked. Try again later.",
    };

    public static string Of(ShareLinkRefusal refusal) => refusal switch
    {
        ShareLinkRefusal.UnknownCode => "This link opens no credential: its code is wrong, or the credential does not exist.",
        ShareLinkRefusal.NoLongerValid => "This link is no longer valid: it expired, or the learner withdrew it.",
        ShareLinkRefusal.OtherRecipient => "This link was shared with another recipient, not with you, so it shows you nothing.",
        ShareLinkRefusal.UnknownHub => "This link names a hub this hub does not know, so it cannot be checked here.",
        _ => "Too many wrong links were tried from here. Wait a few minutes, then try again.",
    };

    public const string NotALink = "This is not a credential link. Check that the whole link was copied.";

    /// <summary>The country's name; its national hub is "the national hub of" it.</summary>
    public static string Country(string code) => code switch
    {
        "UA" => "Ukraine",
        "KZ" => "Kazakhstan",
        "LV" => "Latvia",
        _ => code,
    };

    public static string Of(QualificationFramework framework) => framework switch
    {
        QualificationFramework.Eqf => "EQF",
        QualificationFramework.QfEhea => "QF-EHEA",
        QualificationFramework.UkraineNqf => "Ukrainian NQF",
        QualificationFramework.KazakhstanNqf => "Kazakh NQF",
        QualificationFramework.LatviaLqf => "Latvian LQF",
        QualificationFramework.LatviaProfessionalLevel => "Latvian professional qualification level",
        _ => "framework not stated",
    };

    public static string Of(CreditUnit unit) => unit switch
    {
        CreditUnit.Ects => "ECTS credits",
        CreditUnit.UkrainianEcts => "ECTS credits (Ukraine)",
        CreditUnit.KazakhAcademicCredit => "Kazakh academic credits",
        CreditUnit.KazakhLegacyCredit => "Kazakh credits (before 2018)",
        CreditUnit.LatvianCreditPoint => "Latvian credit points",
        CreditUnit.ClockHours => "hours",
        CreditUnit.KazakhAcademicHours => "Kazakh academic hours",
        _ => "no unit stated",
    };

    public static string Of(QualityAssuranceScope scope) => QualityAssuranceWords.Of(scope);

    public static string Of(QualityAssuranceOutcome outcome) => QualityAssuranceWords.Of(outcome);
}
