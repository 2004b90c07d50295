namespace Exchange.Adapters.Credentials;

/// <summary>
/// One learning outcome in one or more languages, optionally tagged with a skill URI (e.g. ESCO) that
/// allows an exact match without reading the text.
/// </summary>
public sealed record LearningOutcome(IReadOnlyList<LanguageString> Texts, Uri? SkillUri = null)
{
    public static LearningOutcome In(string language, string text, Uri? skillUri = null) => new([new LanguageString(language, text)], skillUri);

    /// <summary>The first text, for explanations.</summary>
    public string Display => Texts.Count > 0 ? Texts[0].Text : SkillUri?.ToString() ?? "";
}
