namespace Exchange.Hub.Web.Verification;

/// <summary>What the check page of a credential file says: the verdict, who issued it and whether that issuer is on
/// a trust list of the federation, what the document says it is, and every check in words. Texts are English keys
/// (or <see cref="Console.Phrase"/>s) the page translates through <see cref="VerificationTexts"/>.</summary>
public sealed record OutsideVerificationView(
    VerificationOutcome Outcome,
    string Headline,
    OutsideIssuerView Issuer,
    OutsideContentView? Content,
    IReadOnlyList<CheckGroupView> Groups,
    DateTimeOffset CheckedAt);

/// <summary>The issuer as the document names it, and its standing: on this hub's trust list or on a peer hub's (and
/// as which institution), or on none; its quality assurance when the trust list records it.</summary>
public sealed record OutsideIssuerView(string Name, string? IssuerId, bool Trusted, Console.Phrase Standing, Console.Phrase? QualityAssurance);

/// <summary>What the document says it is, shown only when its signature holds.</summary>
public sealed record OutsideContentView(
    string Title,
    string? AwardingBody,
    string? IssuedOn,
    LevelView? Level,
    CreditsView? Credits,
    IReadOnlyList<string> LearningOutcomes);
