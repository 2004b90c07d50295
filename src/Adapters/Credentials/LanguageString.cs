namespace Exchange.Adapters.Credentials;

/// <summary>A text with its BCP 47 language tag ("uk", "ru", "lv", "en").</summary>
public sealed record LanguageString(string Language, string Text);
