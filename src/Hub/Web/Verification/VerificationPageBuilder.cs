using System.Globalization;
using Exchange.Adapters;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Web.Console;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Web.Verification;

/// <summary>
/// Builds the verification page from a resolved share link: the twelve checks in the verifier's order, grouped by
/// the question they answer; a failed signature check stops the rest (shown as not checked) and hides the content;
/// who vouches for the issuer; the level on the EQF and in the viewer's framework and the workload in the viewer's
/// unit, each beside the original. Pure: the page translates what it returns.
/// </summary>
public static class VerificationPageBuilder
{
    private static readonly LevelMapper Levels = new(ReferenceData.Default.Frameworks);
    private static readonly CreditConverter Credits = new(ReferenceData.Default.Credits);

    /// <summary>The refusal page of a link whose share grant opened nothing (no credential content at all).</summary>
    public static VerificationRefusalView Refusal(ShareLinkRefusal refusal) => new(refusal switch
    {
        ShareLinkRefusal.UnknownCode or ShareLinkRefusal.UnknownHub => 404,
        ShareLinkRefusal.NoLongerValid => 410,
        ShareLinkRefusal.OtherRecipient => 403,
        _ => 429,
    }, VerificationWords.Of(refusal));

    /// <summary>The page of a path that is no share link at all.</summary>
    public static VerificationRefusalView NotALink() => new(404, VerificationWords.NotALink);

    public static VerificationView Build(VerificationPageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var resolved = input.Resolved;
        var report = resolved.Verification;
        var outcomes = Enum.GetValues<VerificationCheck>().ToDictionary(c => c, c => report.Checks.LastOrDefault(o => o.Check == c));
        var stoppedAt = Enum.GetValues<VerificationCheck>().Order()
            .Where(c => VerificationWords.IsSignatureCheck(c) && outcomes[c]?.Result == CheckResult.Failed)
            .Select(c => (VerificationCheck?)c).FirstOrDefault();
        var payload = resolved.Envelope.Payload.Length > 0 ? EnvelopeContract.TryReadPayload(resolved.Envelope.Payload) : null;
        var outcome = Outcome(report, stoppedAt, fetched: payload is not null);
        var trusted = stoppedAt is null && payload is not null;

        var groups = VerificationWords.Groups
            // Whether the issuer's key is on the trust list is asked only of credentials issued outside the federation.
            .Select(g => new CheckGroupView(g.Question, [.. g.Checks.Where(c => c != VerificationCheck.IssuerKeyTrusted || outcomes[c] is not null)
                .Select(c => Line(c, outcomes[c], stoppedAt, trusted, input))]))
            .ToList();
        return new VerificationView(
            outcome,
            VerificationWords.Of(outcome),
            Details(outcome, resolved.Status, payload, input),
            groups,
            trusted ? Vouch(report.IssuingHubId, resolved.IssuingCountry, outcomes, report.VerifiedAt, input.Culture) : null,
            trusted && resolved.Credential is { } credential ? Content(credential, payload!, input, report.VerifiedAt) : null,
            [.. input.Countries.Distinct(StringComparer.Ordinal).Select(c => new FrameworkChoice(c, VerificationWords.Country(c),
                $"{input.PagePath}?framework={Uri.EscapeDataString(c)}", string.Equals(c, input.ViewerCountry, StringComparison.Ordinal)))],
            report.VerifiedAt);
    }

    internal static VerificationOutcome Outcome(CredentialVerification report, VerificationCheck? stoppedAt, bool fetched)
    {
        bool Failed(VerificationCheck check) => report.Checks.Any(c => c.Check == check && c.Result == CheckResult.Failed);
        return stoppedAt is not null ? VerificationOutcome.SignatureInvalid
            : !fetched ? VerificationOutcome.Unreachable
            : Failed(VerificationCheck.Revocation) ? VerificationOutcome.Revoked
            : Failed(VerificationCheck.Expiry) ? VerificationOutcome.Expired
            : report.Checks.Any(c => c.Result == CheckResult.Failed) ? VerificationOutcome.Invalid
            : report.Checks.Any(c => c.Result == CheckResult.Unavailable) ? VerificationOutcome.Indeterminate
            : report.Checks.Any(c => c.Result == CheckResult.NeedsReview) ? VerificationOutcome.NeedsReview
            : VerificationOutcome.Valid;
    }

    internal static CheckLineView Line(VerificationCheck check, CheckOutcome? outcome, VerificationCheck? stoppedAt, bool trusted, VerificationPageInput input)
    {
        var state = stoppedAt is { } stop && check > stop ? CheckLineState.NotChecked
            : outcome is null ? (check == VerificationCheck.EmbeddedProof && trusted ? CheckLineState.DoesNotApply : CheckLineState.NotChecked)
            : outcome.Result switch
            {
                CheckResult.Passed => CheckLineState.Passed,
                CheckResult.Warning => CheckLineState.PassedWithNote,
                CheckResult.Failed => CheckLineState.Failed,
                CheckResult.Unavailable => CheckLineState.CouldNotBeChecked,
                CheckResult.NeedsReview => CheckLineState.NeedsJudgement,
                _ => CheckLineState.DoesNotApply,
            };
        return new CheckLineView(check, VerificationWords.Of(check), state, VerificationWords.Of(state), Note(check, state, input));
    }

    /// <summary>What a reader needs beside a state that is not a plain pass; the signature's failure is the headline's.</summary>
    private static Phrase? Note(VerificationCheck check, CheckLineState state, VerificationPageInput input) => (check, state) switch
    {
        (_, CheckLineState.CouldNotBeChecked) => Phrase.Of("The issuing hub could not answer this part now."),
        (VerificationCheck.IssuerQualityAssurance, CheckLineState.PassedWithNote) => Phrase.Of("Read the issuer's quality assurance status below."),
        (VerificationCheck.Revocation, CheckLineState.Failed) => input.Resolved.Status?.ChangedAt is { } at
            ? Phrase.Of("Revoked on {0}.", Day(at, input.Culture))
            : Phrase.Of("The issuer has revoked it."),
        (VerificationCheck.RequiredElements, CheckLineState.Failed) => Phrase.Of("Elements the rules require are missing from it."),
        (VerificationCheck.EmbeddedProof, CheckLineState.DoesNotApply) => Phrase.Of("This kind of credential carries no embedded proof: its signatures above are its proof."),
        (VerificationCheck.IssuerKeyTrusted, CheckLineState.NeedsJudgement) => Phrase.Of("Issuer not on the trust list: the signature is valid, but the key that made it came only with the document."),
        (VerificationCheck.Revocation, CheckLineState.NeedsJudgement) => Phrase.Of("Whether the issuer revoked it could not be checked from this hub."),
        (_, CheckLineState.NeedsJudgement) => Phrase.Of("An officer has to weigh this part before anyone relies on it."),
        _ => null,
    };

    private static List<Phrase> Details(VerificationOutcome outcome, CredentialStatusView? status, V1.Credential? payload, VerificationPageInput input)
    {
        switch (outcome)
        {
            case VerificationOutcome.Revoked:
                var details = new List<Phrase>();
                if (status?.ChangedAt is { } at)
                {
                    details.Add(Phrase.Of("Revoked on {0}.", Day(at, input.Culture)));
                }

                var reason = status?.Revocation is { } revocation ? Pick(revocation.Reason, input.Language) : "";
                details.Add(reason.Length > 0 ? Phrase.Of("Reason given by the issuer: {0}", reason)
                    // Only a code ("issued_in_error"): its words, as the issuer chose them.
                    : status?.Revocation?.ReasonCode is { Length: > 0 } code ? Phrase.Of("Reason given by the issuer: {0}", code.Replace('_', ' '))
                    : Phrase.Of("The issuer gave no reason."));
                return details;
            case VerificationOutcome.Expired when payload?.ExpiresAt is { } expires:
                return [Phrase.Of("It was valid until {0}.", Day(expires.ToDateTimeOffset(), input.Culture))];
            case VerificationOutcome.SignatureInvalid:
                return [Phrase.Of("The checks after the one that failed were not made, and nothing of its content is shown.")];
            default:
                return [];
        }
    }

    private static IssuerVouchView Vouch(string hubId, string country, Dictionary<VerificationCheck, CheckOutcome?> outcomes, DateTimeOffset checkedAt, CultureInfo culture)
    {
        var hub = country.Length > 0 ? Phrase.Of("The national hub of {0}", PhraseArg.Label(VerificationWords.Country(country))) : Phrase.Raw(hubId);
        var qa = outcomes[VerificationCheck.IssuerQualityAssurance];
        return new IssuerVouchView(hubId, hub, outcomes[VerificationCheck.HubAttestation]?.Result == CheckResult.Passed,
            QualityAssuranceSummary(qa, checkedAt), QualityAssuranceFacts(qa, culture));
    }

    /// <summary>The QA check's verdict in one plain sentence; the check informs and never fails, so each of its
    /// warnings says what is missing or lapsed.</summary>
    internal static Phrase QualityAssuranceSummary(CheckOutcome? qa, DateTimeOffset checkedAt) => qa switch
    {
        { Result: CheckResult.Passed } => Phrase.Of("On the day it issued this credential, the issuer held external quality assurance."),
        { Result: CheckResult.Warning, QualityAssurance: null } => Phrase.Of("The issuing hub records no quality assurance status for the issuer."),
        { Result: CheckResult.Warning, QualityAssurance: { Scope: QualityAssuranceScope.Internal } } => Phrase.Of("Only internal quality assurance is recorded for the issuer."),
        { Result: CheckResult.Warning, QualityAssurance: { Outcome: QualityAssuranceOutcome.Conditional } } => Phrase.Of("The issuer's quality assurance was positive with conditions."),
        { Result: CheckResult.Warning, QualityAssurance: { Outcome: QualityAssuranceOutcome.Negative } } => Phrase.Of("The issuer's quality assurance was refused or withdrawn."),
        { Result: CheckResult.Warning, QualityAssurance: { Outcome: QualityAssuranceOutcome.Positive, ValidUntil: { } until } } when until < checkedAt =>
            Phrase.Of("The issuer's quality assurance covered the issue date but has expired since."),
        { Result: CheckResult.Warning, QualityAssurance: { Outcome: QualityAssuranceOutcome.Positive } } => Phrase.Of("No external quality assurance covered the day it was issued."),
        { Result: CheckResult.Warning } => Phrase.Of("The issuer's quality assurance had no final result on the day it was issued."),
        _ => Phrase.Of("The issuer's quality assurance status could not be obtained now."),
    };

    private static IReadOnlyList<Phrase> QualityAssuranceFacts(CheckOutcome? qa, CultureInfo culture) => qa?.QualityAssurance is not { } basis ? [] :
    [
        basis.AgencyEqarRegistered ? Phrase.Of("Agency: {0}, registered in EQAR", basis.Agency) : Phrase.Of("Agency: {0}", basis.Agency),
        Phrase.Of("Type: {0}", PhraseArg.Label(VerificationWords.Of(basis.Scope))),
        Phrase.Of("Result: {0}", PhraseArg.Label(VerificationWords.Of(basis.Outcome))),
        basis.ValidUntil is { } until
            ? Phrase.Of("Valid from {0} until {1}", Day(basis.ValidFrom, culture), Day(until, culture))
            : Phrase.Of("Valid from {0}, no end date stated", Day(basis.ValidFrom, culture)),
    ];

    private static CredentialContentView Content(Credential credential, V1.Credential payload, VerificationPageInput input, DateTimeOffset checkedAt)
    {
        var language = input.Language;
        var issuer = payload.AwardingBodies.FirstOrDefault()?.Name is { } names && Pick(names, language) is { Length: > 0 } name
            ? name
            : credential.AwardingBody?.Name ?? "";
        return new CredentialContentView(
            credential.Learner?.FullName ?? "",
            Pick(credential.Title, language),
            issuer,
            credential.IssuerCountry is { Length: > 0 } country ? VerificationWords.Country(country) : null,
            credential.IssueDate is { } issued ? issued.ToString("d MMM yyyy", input.Culture) : null,
            payload.ExpiresAt is { } expires ? Phrase.Of("Valid until {0}", Day(expires.ToDateTimeOffset(), input.Culture)) : Phrase.Of("Does not expire"),
            Level(credential, input.ViewerCountry),
            Workload(credential, input, checkedAt),
            [.. credential.LearningOutcomes.Select(o => Pick(o.Texts, language)).Where(t => t.Length > 0)]);
    }

    internal static LevelView? Level(Credential credential, string viewerCountry)
    {
        if (credential.Level is not { } claim)
        {
            return null;
        }

        var mapping = Levels.ToEqf(claim, credential.IssueDate);
        var framework = FrameworkOf(viewerCountry);
        var original = Phrase.Of("As stated: {0} level {1}", PhraseArg.Label(VerificationWords.Of(claim.Framework)), Number(claim.Level));
        if (mapping.Eqf is not { } eqf)
        {
            return new LevelView(Phrase.Of("No EQF level can be derived from it"), Phrase.Of("{0}: no equivalent level", PhraseArg.Label(VerificationWords.Of(framework))), original);
        }

        var national = eqf.IsExact && Levels.FromEqf(eqf.Min, framework).HostLevel is { } host
            ? Phrase.Of("{0} level {1}", PhraseArg.Label(VerificationWords.Of(framework)), Number(host.Level))
            : Phrase.Of("{0}: no equivalent level", PhraseArg.Label(VerificationWords.Of(framework)));
        return new LevelView(Phrase.Of("EQF level {0}", eqf.ToString()), national, original);
    }

    internal static CreditsView? Workload(Credential credential, VerificationPageInput input, DateTimeOffset checkedAt)
    {
        if (credential.Workload is not { } workload)
        {
            return null;
        }

        var original = Phrase.Of("As stated: {0} {1}", Amount(workload.Amount, input.Culture), PhraseArg.Label(VerificationWords.Of(workload.Unit)));
        var unit = UnitOf(input.ViewerCountry);
        var converted = Credits.ToHost(Credits.ToEcts(workload, credential.IssueDate), unit, DateOnly.FromDateTime(checkedAt.UtcDateTime));
        return new CreditsView(
            converted.IsConverted
                ? Phrase.Of("{0} {1}", Range(converted.Converted.Min, converted.Converted.Max, input.Culture), PhraseArg.Label(VerificationWords.Of(converted.TargetUnit)))
                : Phrase.Of("Cannot be converted into {0}", PhraseArg.Label(VerificationWords.Of(unit))),
            original);
    }

    /// <summary>A country's national framework and credit unit, as the recognition rules read them.</summary>
    public static QualificationFramework FrameworkOf(string country) => country switch
    {
        "UA" => QualificationFramework.UkraineNqf,
        "KZ" => QualificationFramework.KazakhstanNqf,
        "LV" => QualificationFramework.LatviaLqf,
        _ => QualificationFramework.Eqf,
    };

    public static CreditUnit UnitOf(string country) => country switch
    {
        "UA" => CreditUnit.UkrainianEcts,
        "KZ" => CreditUnit.KazakhAcademicCredit,
        "LV" => CreditUnit.LatvianCreditPoint,
        _ => CreditUnit.Ects,
    };

    // Day, month name and year, as the console writes dates: "27 Jun 2029" reads the same in every language.
    private static PhraseArg Day(DateTimeOffset? day, CultureInfo culture) =>
        day is { } d ? d.UtcDateTime.ToString("d MMM yyyy", culture) : PhraseArg.Label("not stated");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Amount(decimal value, CultureInfo culture) => value.ToString("0.##", culture);

    private static string Range(decimal min, decimal max, CultureInfo culture) =>
        min == max ? Amount(min, culture) : $"{Amount(min, culture)}–{Amount(max, culture)}";

    internal static string Pick(IReadOnlyList<LanguageString> texts, string language) =>
        (texts.FirstOrDefault(t => Same(t.Language, language)) ?? texts.FirstOrDefault(t => Same(t.Language, "en")) ?? (texts.Count > 0 ? texts[0] : null))?.Text ?? "";

    private static string Pick(IReadOnlyList<TextValue> texts, string language) =>
        (texts.FirstOrDefault(t => Same(t.Language, language)) ?? texts.FirstOrDefault(t => Same(t.Language, "en")) ?? (texts.Count > 0 ? texts[0] : null))?.Text ?? "";

    private static string Pick(V1.MultilingualText text, string language) =>
        Pick([.. text.Values.Where(v => v.Text.Length > 0).Select(v => new LanguageString(v.Language, v.Text))], language);

    // A tag equal to the language, or the language with a region ("uk-UA"); a script variant ("uk-Latn") is not the
    // reader's script and only serves when nothing else is there.
    private static bool Same(string tag, string language) =>
        string.Equals(tag, language, StringComparison.OrdinalIgnoreCase)
        || (tag.Length == language.Length + 3 && tag[language.Length] == '-' && tag.StartsWith(language, StringComparison.OrdinalIgnoreCase));
}
