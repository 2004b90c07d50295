using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Web.Console;
using QualificationFramework = Exchange.Adapters.Frameworks.QualificationFramework;

namespace Exchange.Hub.Web.LearnerRecords;

/// <summary>The learner's recognitions abroad (<c>/my/recognitions</c>): per credential, what each recognising hub
/// decided, newest first, with what was recognised, the conditions and how long an appeal is still possible.</summary>
public sealed record RecognitionsView(IReadOnlyList<CredentialRecognitions> Credentials, DateTimeOffset AsOf)
{
    public bool IsEmpty => Credentials.All(c => c.Recognitions.Count == 0);

    /// <param name="credentials">The learner's own credentials with their recognitions (the page checked whose they are).</param>
    /// <param name="language">The reader's language, for texts the hubs sent in several.</param>
    public static RecognitionsView Build(IReadOnlyList<IssuedCredentialView> credentials, string language, DateTimeOffset now) => new(
        [.. credentials
            .OrderByDescending(c => c.Issued.IssuedAt)
            .ThenBy(c => c.Issued.CredentialId, StringComparer.Ordinal)
            .Select(c => CredentialRecognitions.From(c, language, now))],
        now);
}

/// <summary>One credential of the learner and the recognitions it received.</summary>
public sealed record CredentialRecognitions(string CredentialId, string Title, IReadOnlyList<RecognitionRow> Recognitions)
{
    public static CredentialRecognitions From(IssuedCredentialView credential, string language, DateTimeOffset now)
    {
        var all = credential.Recognitions;
        // A decision an appeal replaced stays on the record, marked, beside the one that replaced it.
        var replacedBy = all.Where(r => r.SupersedesDecisionId is not null)
            .GroupBy(r => (r.RecognisingHubId, r.SupersedesDecisionId!))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.DecidedAt).First().DecisionId);
        return new CredentialRecognitions(
            credential.Issued.CredentialId,
            LearnerCredentials.Title(credential, language),
            [.. all.OrderByDescending(r => r.DecidedAt).ThenBy(r => r.DecisionId, StringComparer.Ordinal)
                .Select(r => RecognitionRow.From(r, replacedBy.GetValueOrDefault((r.RecognisingHubId, r.DecisionId)), language, now))]);
    }
}

/// <summary>One recognition as the learner reads it.</summary>
/// <param name="Requester">The requesting institution's name in the reader's language, else its id.</param>
/// <param name="ReplacedBy">The decision that replaced this one after an appeal; null while it stands.</param>
public sealed record RecognitionRow(
    string DecisionId,
    string CaseId,
    string CountryCode,
    string HubId,
    string Requester,
    RecognisedTargetKind TargetKind,
    string TargetTitle,
    DecisionOutcome Outcome,
    DateTimeOffset DecidedAt,
    LevelView? Level,
    string RecognisedScope,
    string NotRecognisedScope,
    IReadOnlyList<ConditionView> Conditions,
    AppealView? Appeal,
    string? Supersedes,
    string? ReplacedBy)
{
    public bool IsSuperseded => ReplacedBy is not null;

    /// <summary>The recognising hub sent the decision as a verifiable credential: the learner may download it.</summary>
    public bool HasCredential { get; init; }

    public static RecognitionRow From(CredentialRecognitionRecord r, string? replacedBy, string language, DateTimeOffset now) => new(
        r.DecisionId,
        r.CaseId,
        r.RecognisingCountry,
        r.RecognisingHubId,
        LocalTexts.Pick(r.RequesterInstitutionName, language) is { Length: > 0 } name ? name : r.RequesterInstitutionId,
        r.TargetKind,
        LocalTexts.Pick(r.TargetTitle, language),
        r.Outcome,
        r.DecidedAt,
        r.RecognisedLevel is { } level ? new LevelView(level.Framework, level.Level, level.EqfLevel > 0 ? level.EqfLevel : null) : null,
        LocalTexts.Pick(r.RecognisedScope, language),
        LocalTexts.Pick(r.NotRecognisedScope, language),
        [.. r.Conditions.Select(m => new ConditionView(m.Kind, LocalTexts.Pick(m.Description, language), m.Ects))],
        r.Appeal is { } appeal ? AppealView.Of(appeal, language, replacedBy is null, now) : null,
        r.SupersedesDecisionId,
        replacedBy)
    {
        HasCredential = r.DecisionCredential is { Length: > 0 },
    };
}

/// <summary>The recognised level in the recognising hub's framework, and in EQF when the hub said.</summary>
public sealed record LevelView(QualificationFramework Framework, int Level, int? EqfLevel);

/// <summary>A condition of the recognition: a compensatory measure to complete.</summary>
public sealed record ConditionView(CaseMeasureKind Kind, string Description, decimal? Ects);

/// <summary>How the decision can be appealed and how long is left.</summary>
/// <param name="DaysLeft">Whole days until the deadline (0 on its last day); null without a deadline or once it passed.</param>
/// <param name="Passed">The deadline is behind us, or the decision was replaced (nothing left to appeal).</param>
public sealed record AppealView(bool Appealable, DateTimeOffset? Deadline, int? DaysLeft, bool Passed, string Body, string Instructions)
{
    public static AppealView Of(RecognitionAppeal appeal, string language, bool standing, DateTimeOffset now)
    {
        var passed = !standing || (appeal.Deadline is { } at && now > at);
        int? days = !passed && appeal.Deadline is { } until ? (int)Math.Floor((until - now).TotalDays) : null;
        return new AppealView(appeal.Appealable, appeal.Deadline, days, passed,
            LocalTexts.Pick(appeal.BodyName, language) is { Length: > 0 } body ? body : appeal.BodyId,
            LocalTexts.Pick(appeal.Instructions, language));
    }
}
