using Exchange.Hub.Credentials;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Verification;

/// <summary>What the verification page says of the credential a share link opened. Every text is an English key
/// (or a <see cref="Phrase"/> of keys and values) that the page translates through <see cref="VerificationTexts"/>;
/// domain texts (title, outcomes, the issuer's reason) are the credential's own, in the reader's language when it
/// has it.</summary>
public sealed record VerificationView(
    VerificationOutcome Outcome,
    string Headline,
    IReadOnlyList<Phrase> HeadlineDetails,
    IReadOnlyList<CheckGroupView> Groups,
    IssuerVouchView? Vouch,
    CredentialContentView? Content,
    IReadOnlyList<FrameworkChoice> Frameworks,
    DateTimeOffset CheckedAt);

/// <summary>The page's verdict in one word: what a reader must know before anything else.</summary>
public enum VerificationOutcome
{
    /// <summary>Every check passed (a quality-assurance note included).</summary>
    Valid = 1,

    /// <summary>The issuer revoked it: said prominently, with the date and the issuer's reason.</summary>
    Revoked = 2,

    /// <summary>A signature check failed: nothing after it is checked and nothing of the content is shown.</summary>
    SignatureInvalid = 3,

    Expired = 4,

    /// <summary>Another check failed (a required element is missing).</summary>
    Invalid = 5,

    /// <summary>Some check could not be made now (the issuing hub did not answer part of it).</summary>
    Indeterminate = 6,

    /// <summary>The issuing hub could not be reached at all: nothing was fetched.</summary>
    Unreachable = 7,

    /// <summary>Nothing failed, but a check needs a person's weighing (an issuer not on the trust list): never valid.</summary>
    NeedsReview = 8,
}

/// <summary>A check as a reader sees it.</summary>
public enum CheckLineState
{
    Passed = 1,
    PassedWithNote = 2,
    Failed = 3,
    CouldNotBeChecked = 4,
    DoesNotApply = 5,

    /// <summary>Not run: an earlier signature check failed, so the rest would prove nothing.</summary>
    NotChecked = 6,

    /// <summary>Holds technically, but only a person can weigh it (an issuer not on the trust list).</summary>
    NeedsJudgement = 7,
}

/// <summary>Checks answering one question ("Is it still valid?"), in the verifier's order.</summary>
public sealed record CheckGroupView(string Question, IReadOnlyList<CheckLineView> Checks);

/// <summary>One check: its plain title, its state in a word (and a symbol the page adds), a note when it did not
/// simply pass, and for an outside document the report's own words (<see cref="Detail"/>, English).</summary>
public sealed record CheckLineView(VerificationCheck Check, string Title, CheckLineState State, string StateText, Phrase? Note, string? Detail = null);

/// <summary>Who vouches for the issuer: the hub whose seal is on the credential, and the issuer's quality assurance
/// status the QA check was made against.</summary>
public sealed record IssuerVouchView(string HubId, Phrase Hub, bool Sealed, Phrase QualityAssuranceSummary, IReadOnlyList<Phrase> QualityAssurance);

/// <summary>The credential's content, shown only when its signatures hold.</summary>
public sealed record CredentialContentView(
    string LearnerName,
    string Title,
    string Issuer,
    string? IssuerCountry,
    string? IssuedOn,
    Phrase ValidUntil,
    LevelView? Level,
    CreditsView? Credits,
    IReadOnlyList<string> LearningOutcomes);

/// <summary>The level on the EQF, in the viewer's national framework, and as the document states it.</summary>
public sealed record LevelView(Phrase Eqf, Phrase National, Phrase Original);

/// <summary>The workload in the viewer's country's unit, with the original beside it.</summary>
public sealed record CreditsView(Phrase Converted, Phrase Original);

/// <summary>A national framework the reader may view the level and credits in (a plain link, no script).</summary>
public sealed record FrameworkChoice(string Country, string Label, string Href, bool Current);

/// <summary>A link that opens nothing: the status the page answers with and its one plain message.</summary>
public sealed record VerificationRefusalView(int StatusCode, string Message);
