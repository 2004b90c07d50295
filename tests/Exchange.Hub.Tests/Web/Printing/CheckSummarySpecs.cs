using Exchange.Hub.Credentials;
using Exchange.Hub.Web.Printing;

namespace Exchange.Hub.Tests.Web.Printing;

/// <summary>The few words a printout says about a fresh verification: the reason a reader cares about first.</summary>
public sealed class CheckSummarySpecs
{
    [Theory]
    [InlineData(CheckResult.Passed, CheckResult.Passed, CheckResult.Passed, CredentialPrintTexts.Valid)]
    [InlineData(CheckResult.Failed, CheckResult.Failed, CheckResult.Failed, CredentialPrintTexts.Revoked)]
    [InlineData(CheckResult.Passed, CheckResult.Failed, CheckResult.Failed, CredentialPrintTexts.Expired)]
    [InlineData(CheckResult.Passed, CheckResult.Passed, CheckResult.Failed, CredentialPrintTexts.DoesNotVerify)]
    [InlineData(CheckResult.Passed, CheckResult.Passed, CheckResult.Unavailable, CredentialPrintTexts.Incomplete)]
    [InlineData(CheckResult.Passed, CheckResult.NotApplicable, CheckResult.Warning, CredentialPrintTexts.Valid)]
    public void The_summary_names_revocation_then_expiry_then_any_failure(CheckResult revocation, CheckResult expiry, CheckResult signature, string expected)
    {
        var now = DateTimeOffset.UnixEpoch;
        var report = new CredentialVerification("UA-CRED-1", "hub-ua",
        [
            new(VerificationCheck.InstitutionSignature, signature, ""), new(VerificationCheck.Revocation, revocation, ""),
            new(VerificationCheck.Expiry, expiry, ""),
        ], now, now);

        Assert.Equal(expected, CheckSummary.Of(report));
    }
}
