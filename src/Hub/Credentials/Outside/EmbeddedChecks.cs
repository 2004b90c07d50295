namespace Exchange.Hub.Credentials.Outside;

/// <summary>How the checks of the credentials a CLR embeds show on the CLR's own report, whatever format either is in
/// (a VC-JWT CLR, a Data Integrity CLR).</summary>
public static class EmbeddedChecks
{
    /// <summary>An embedded credential's worse outcome of a check replaces the CLR's, naming the credential, so a
    /// revoked or untrusted part of a CLR shows on the CLR (required elements are judged on the CLR as mapped).</summary>
    /// <param name="embedded">Each embedded credential's report and whether its content was mapped.</param>
    public static void Merge(List<CheckOutcome> checks, IReadOnlyList<(CredentialVerification Report, bool Mapped)> embedded)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(embedded);
        for (var i = 0; i < checks.Count; i++)
        {
            var own = checks[i];
            var worse = embedded
                .SelectMany(e => e.Report.Checks.Where(c => c.Check == own.Check).Select(c => (e.Report.CredentialId, Check: c)))
                .Where(x => OutsideChecks.Severity(x.Check.Result) > OutsideChecks.Severity(own.Result))
                .OrderByDescending(x => OutsideChecks.Severity(x.Check.Result))
                .ToList();
            if (worse.Count > 0)
            {
                var first = worse[0].Check;
                checks[i] = first with
                {
                    Detail = own.Detail + " " + string.Join(" ", worse.Select(w => $"Embedded credential {OutsideChecks.Cut(w.CredentialId)}: {w.Check.Detail}")),
                };
            }
        }

        if (embedded.Count > 0 && embedded.All(e => e.Mapped))
        {
            var proof = checks.FindIndex(c => c.Check == VerificationCheck.EmbeddedProof);
            checks[proof] = checks[proof] with { Detail = checks[proof].Detail + $" Each of the {embedded.Count} embedded credentials verifies on its own." };
        }
    }
}
