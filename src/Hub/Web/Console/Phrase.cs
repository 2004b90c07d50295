namespace Exchange.Hub.Web.Console;

/// <summary>
/// A sentence of the console with its values: <see cref="Template"/> is the English key the view translates, each
/// argument is either a value shown as it is (numbers, codes, the engine's own texts) or a label the view translates
/// too. A builder stays pure and language-free; the view decides the words.
/// </summary>
public sealed record Phrase(string Template, IReadOnlyList<PhraseArg> Args)
{
    public static Phrase Of(string template, params PhraseArg[] args) => new(template, args);

    /// <summary>A text shown as the engine or the institution wrote it, untranslated.</summary>
    public static Phrase Raw(string text) => new("{0}", [text]);
}

/// <summary>An argument of a <see cref="Phrase"/>: a value, or a label to translate.</summary>
public readonly record struct PhraseArg(string Value, bool IsLabel)
{
    public static PhraseArg Label(string english) => new(english, true);

    public static implicit operator PhraseArg(string value) => new(value, false);
}
