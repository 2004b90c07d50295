using Exchange.Hub.Credentials;

namespace Exchange.Hub.Web.Printing;

/// <summary>What a verification report says in a few words, as a key of <see cref="CredentialPrintTexts"/>: the reason
/// a reader cares about first (revoked, then expired, then any other failure), else whether every check could run.</summary>
public static class CheckSummary
{
    public static string Of(CredentialVerification report)
    {
        ArgumentNullException.ThrowIfNull(report);
        bool Failed(VerificationCheck check) => report.Checks.Any(c => c.Check == check && c.Result == CheckResult.Failed);
        return report.Verdict switch
        {
            VerificationVerdict.Valid => CredentialPrintTexts.Valid,
            VerificationVerdict.Invalid when Failed(VerificationCheck.Revocation) => CredentialPrintTexts.Revoked,
            VerificationVerdict.Invalid when Failed(VerificationCheck.Expiry) => CredentialPrintTexts.Expired,
            VerificationVerdict.Invalid => CredentialPrintTexts.DoesNotVerify,
            _ => CredentialPrintTexts.Incomplete,
        };
    }
}
