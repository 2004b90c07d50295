using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Verification;

/// <summary>What the check page of a credential file is built from: the document as read and verified, the issuer it
/// names, that issuer's trust list entry (null when no hub of the federation lists it), this hub's id and the
/// verification page's own input (viewer's framework, culture).</summary>
public sealed record OutsideVerificationInput(ResolvedCredential Resolved, OutsideIssuerClaim? Claim, TrustedIssuer? Trusted, string HubId, VerificationPageInput Page);

/// <summary>
/// Builds the check page of a credential issued outside the federation, with the verification page's words: the
/// checks such a credential has, grouped by question, a failed signature stopping the rest; the issuer's standing on
/// the trust list, never implied when the key is not the listed issuer's; the content only when the signature holds.
/// A check that needs judgement makes the verdict "not verified", never valid. Pure.
/// </summary>
public static class OutsideVerificationPageBuilder
{
    /// <summary>The questions an outside credential's checks answer (no hub seals it, no link shares it).</summary>
    public static IReadOnlyList<(string Question, VerificationCheck[] Checks)> Groups { get; } =
    [
        ("Is it intact, and who signed it?", [VerificationCheck.EnvelopeFormat, VerificationCheck.HeaderConsistency, VerificationCheck.EmbeddedProof]),
        ("Is the issuer recognised?", [VerificationCheck.IssuerKeyTrusted, VerificationCheck.IssuerQualityAssurance]),
        ("Is it still valid?", [VerificationCheck.Revocation, VerificationCheck.Expiry]),
        ("Is the record complete?", [VerificationCheck.RequiredElements]),
    ];

    public static OutsideVerificationView Build(OutsideVerificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var report = input.Resolved.Verification;
        var outcomes = Enum.GetValues<VerificationCheck>().ToDictionary(c => c, c => report.Checks.LastOrDefault(o => o.Check == c));
        var stoppedAt = Enum.GetValues<VerificationCheck>().Order()
            .Where(c => VerificationWords.IsSignatureCheck(c) && outcomes[c]?.Result == CheckResult.Failed)
            .Select(c => (VerificationCheck?)c).FirstOrDefault();
        var outcome = VerificationPageBuilder.Outcome(report, stoppedAt, fetched: true);
        var listed = Groups.SelectMany(g => g.Checks).ToHashSet();
        // A check a reader would not expect here still shows, under the first question, rather than being hidden.
        var others = report.Checks.Select(c => c.Check).Where(c => !listed.Contains(c) && c != VerificationCheck.ShareGrant).Distinct().Order().ToArray();
        var groups = Groups
            .Select((g, i) => new CheckGroupView(g.Question, [.. (i == 0 ? g.Checks.Concat(others) : g.Checks)
                .Select(c => Line(c, outcomes[c], stoppedAt, input.Page))]))
            .ToList();
        var signed = stoppedAt is null && report.Checks.Count > 0;
        return new OutsideVerificationView(
            outcome,
            VerificationWords.Of(outcome),
            Issuer(input, outcomes, report.VerifiedAt),
            signed && input.Resolved.Credential is { } credential ? Content(credential, input.Page, report.VerifiedAt) : null,
            groups,
            report.VerifiedAt);
    }

    /// <summary>A check's line with the reader's own words beside it: every format names what it checked and what it
    /// could not (an EDC's qualified seal status, an ELMO's SHA-1 refusal), and those words are what a reader of the
    /// page needs, so they are shown as the report says them rather than as the hub-to-hub page's generic note.</summary>
    private static CheckLineView Line(VerificationCheck check, CheckOutcome? outcome, VerificationCheck? stoppedAt, VerificationPageInput page)
    {
        var line = VerificationPageBuilder.Line(check, outcome, stoppedAt, trusted: false, page);
        if (outcome is null || line.State == CheckLineState.NotChecked || outcome.Detail.Length == 0)
        {
            return line;
        }

        return line with
        {
            // "The issuing hub could not answer" is a federated credential's reason; an outside document has no issuing hub.
            Note = line.State == CheckLineState.CouldNotBeChecked ? null : line.Note,
            Detail = outcome.Detail,
        };
    }

    private static OutsideIssuerView Issuer(OutsideVerificationInput input, Dictionary<VerificationCheck, CheckOutcome?> outcomes, DateTimeOffset checkedAt)
    {
        var name = input.Claim?.Name is { Length: > 0 } claimed ? claimed
            : input.Resolved.Credential?.AwardingBody?.Name is { Length: > 0 } awarding ? awarding
            : input.Claim?.Id ?? "";
        // Listed only counts when the key that signed is the listed issuer's: a document naming a listed issuer but
        // signed with another key is not that issuer's.
        var trusted = outcomes[VerificationCheck.IssuerKeyTrusted]?.Result == CheckResult.Passed && input.Trusted is not null;
        var standing = !trusted ? Phrase.Of("Not on the trust list of this hub or of any hub it trusts.")
            : input.Trusted!.Source == input.HubId ? Phrase.Of("On this hub's trust list, as {0}.", input.Trusted.Name)
            : Phrase.Of("On the trust list of hub {0}, as {1}.", input.Trusted.Source, input.Trusted.Name);
        var qa = outcomes[VerificationCheck.IssuerQualityAssurance];
        return new OutsideIssuerView(name, input.Claim?.Id, trusted, standing,
            trusted && qa is { Result: not (CheckResult.NotApplicable or CheckResult.Unavailable) } ? VerificationPageBuilder.QualityAssuranceSummary(qa, checkedAt) : null);
    }

    private static OutsideContentView Content(Adapters.Credentials.Credential credential, VerificationPageInput page, DateTimeOffset checkedAt) => new(
        VerificationPageBuilder.Pick(credential.Title, page.Language),
        credential.AwardingBody?.Name,
        credential.IssueDate is { } issued ? issued.ToString("d MMM yyyy", page.Culture) : null,
        VerificationPageBuilder.Level(credential, page.ViewerCountry),
        VerificationPageBuilder.Workload(credential, page, checkedAt),
        [.. credential.LearningOutcomes.Select(o => VerificationPageBuilder.Pick(o.Texts, page.Language)).Where(t => t.Length > 0)]);
}
