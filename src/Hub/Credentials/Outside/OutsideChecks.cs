using Exchange.Adapters;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Validation;
using Domain = Exchange.Adapters.Credentials;

namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// The checks every outside format reports the same way once its signature and key are settled: the issuer's quality
/// assurance from the trust list, the validity window, the share grant (never one: a document was presented), the
/// required elements of the mapped credential; and how a report is assembled. One place, so a Data Integrity badge,
/// a sealed EDC, an ELMO transcript and a VC-JWT read alike on every page.
/// </summary>
public static class OutsideChecks
{
    /// <summary>How long a verdict may be reused: bounded by the status list's freshness.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    /// <summary>A signature made a little ahead of the hub's clock is still "valid now".</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly CredentialValidator Validator = new(new LevelMapper(ReferenceData.Default.Frameworks), ReferenceData.Default.GradeScales);

    public static CheckOutcome NoShareGrant { get; } =
        new(VerificationCheck.ShareGrant, CheckResult.NotApplicable, "The credential was presented as a document, not fetched with a share code.");

    /// <summary>The issuer's quality assurance as the trust list records it, judged at the signing instant.</summary>
    public static CheckOutcome QualityAssurance(TrustedIssuer? issuer, bool keyTrusted, DateTimeOffset signedAt, DateTimeOffset now)
    {
        if (issuer is null || !keyTrusted)
        {
            return new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.NotApplicable, "Not checked: the issuer is not established as one on the trust list.");
        }

        if (issuer.QualityAssurance is not { } qa)
        {
            return new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Warning, $"The trust list records no quality assurance status for {issuer.Name}.");
        }

        var covered = (qa.ValidFrom is null || qa.ValidFrom <= signedAt) && (qa.ValidUntil is null || qa.ValidUntil >= signedAt);
        var words = $"{qa.Agency}{(qa.AgencyEqarRegistered ? " (registered in EQAR)" : "")}, {QualityAssuranceWords.Of(qa.Scope)}, result {QualityAssuranceWords.Of(qa.Outcome)}";
        return qa.Scope != QualityAssuranceScope.Internal && qa.Outcome == QualityAssuranceOutcome.Positive && covered && (qa.ValidUntil is null || qa.ValidUntil >= now)
            ? new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Passed, $"On {signedAt:yyyy-MM-dd} {issuer.Name} held external quality assurance: {words}.", QualityAssurance: qa)
            : new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Warning, $"The quality assurance of {issuer.Name} on record does not cover {signedAt:yyyy-MM-dd} as positive and external: {words}.", QualityAssurance: qa);
    }

    /// <summary>The credential's own validity window (not the signature's): expired, not yet valid, or valid.</summary>
    public static CheckOutcome Expiry(DateTimeOffset? validFrom, DateTimeOffset? expires, DateTimeOffset now)
    {
        if (expires is { } end && end <= now)
        {
            return new CheckOutcome(VerificationCheck.Expiry, CheckResult.Failed, $"Expired on {end:O}.", "CREDENTIAL_EXPIRED");
        }

        // Reported with the expiry reason: outside its validity window either way, and no other reason says it.
        if (validFrom is { } start && start > now + ClockSkew)
        {
            return new CheckOutcome(VerificationCheck.Expiry, CheckResult.Failed, $"Not yet valid: valid from {start:O}.", "CREDENTIAL_EXPIRED");
        }

        return Pass(VerificationCheck.Expiry, expires is null ? "The credential does not expire." : $"Valid until {expires:O}.");
    }

    /// <summary>
    /// The EU and national elements the rules need. Outside formats rarely carry them all (Open Badges has no place for
    /// the assessment type or the form of participation), so what is missing is a warning naming each element, not a
    /// failure: the signature and the issuer are what make the document authentic, and a recognition case sends the
    /// missing elements down its incomplete-file path by name.
    /// </summary>
    public static CheckOutcome RequiredElements(Domain.Credential credential, string country)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var validation = Validator.Validate(credential, ReferenceData.Default.RulesFor(country.Length > 0 ? country : null));
        return validation.IsComplete
            ? Pass(VerificationCheck.RequiredElements, $"Every element required by the EU Recommendation{(country.Length > 0 ? $" and {country} rules" : "")} is present.")
            : new CheckOutcome(VerificationCheck.RequiredElements, CheckResult.Warning,
                "Missing or invalid: " + string.Join(", ", validation.Issues.Select(i => i.Element)) + ".", "REQUIRED_ELEMENTS_INVALID");
    }

    /// <summary>A check skipped because an earlier one failed, saying which.</summary>
    public static CheckOutcome NotChecked(VerificationCheck check, string because = "the signature does not verify") =>
        new(check, CheckResult.NotApplicable, $"Not checked: {because}.");

    /// <summary>The report of an outside document (no issuing hub), fresh for <see cref="Freshness"/>.</summary>
    public static CredentialVerification Report(string credentialId, IReadOnlyList<CheckOutcome> checks, DateTimeOffset now) =>
        new(credentialId, "", checks, now, now + Freshness);

    /// <summary>A resolved outside document: no envelope, the report, the country whose rules apply, the mapped content
    /// (null unless the signature verified).</summary>
    public static ResolvedCredential Resolved(CredentialVerification report, string country, Domain.Credential? credential) =>
        new(new SignedEnvelope([], [], []), report, country, credential);

    /// <summary>A document no check could even start on (not the format, over a limit, unreadable): one failed
    /// format check naming why.</summary>
    public static ResolvedCredential Unreadable(string why, DateTimeOffset now, string reason = "EMBEDDED_PROOF_INVALID") =>
        Resolved(Report("", [new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, why, reason)], now), "", null);

    public static CheckOutcome Pass(VerificationCheck check, string detail) => new(check, CheckResult.Passed, detail);

    /// <summary>How bad an outcome is, to pick the worst of several (a CLR's parts, an ELMO's reports).</summary>
    public static int Severity(CheckResult result) => result switch
    {
        CheckResult.Failed => 5,
        CheckResult.Unavailable => 4,
        CheckResult.NeedsReview => 3,
        CheckResult.Warning => 2,
        CheckResult.Passed => 1,
        _ => 0,
    };

    /// <summary>A value from the document, cut for a check's words.</summary>
    public static string Cut(string value, int length = 120) => value.Length <= length ? value : value[..length] + "…";
}
