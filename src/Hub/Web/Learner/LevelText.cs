using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Learner;

/// <summary>A credential's levels as sentences the view translates: "EQF 7", "Ukrainian NQF 7", and when EQF was
/// derived rather than stated, a phrase that says so.</summary>
public static class LevelText
{
    public const string Eqf = "EQF {0}";
    public const string EqfDerived = "EQF {0} (derived from the national level)";
    public const string National = "{0} {1}";
    public const string NotStated = "not stated";

    public static IReadOnlyList<string> Templates { get; } = [Eqf, EqfDerived, NotStated];

    /// <summary>EQF first, then the national framework; "not stated" when the issuer gave neither.</summary>
    public static IReadOnlyList<Phrase> Of(CredentialLevels levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var phrases = new List<Phrase>();
        if (levels.Eqf is { } eqf)
        {
            phrases.Add(Phrase.Of(levels.EqfDerived ? EqfDerived : Eqf, eqf));
        }

        if (levels.NationalFramework is { } framework && levels.NationalLevel is { } level)
        {
            phrases.Add(Phrase.Of(National, PhraseArg.Label(framework), level));
        }

        return phrases.Count > 0 ? phrases : [Phrase.Of(NotStated)];
    }
}
