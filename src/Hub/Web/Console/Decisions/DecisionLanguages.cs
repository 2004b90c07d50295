namespace Exchange.Hub.Web.Console.Decisions;

/// <summary>The languages a decision may be written in: those of the console's interface.</summary>
public static class DecisionLanguages
{
    public static IReadOnlyList<string> All { get; } = ["en", "uk", "kk", "ru", "lv"];

    /// <summary>Each language's name in that language, as a language list shows it.</summary>
    public static string NativeName(string code) => code switch
    {
        "en" => "English",
        "uk" => "Українська",
        "kk" => "Қазақ тілі",
        "ru" => "Русский",
        "lv" => "Latviešu",
        _ => code,
    };

    public static bool IsSupported(string code) => All.Contains(code, StringComparer.Ordinal);
}
