using Exchange.Hub.Web.Printing;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Web.Printing;

/// <summary>What the printing specs print: a Ukrainian credential in Ukrainian, fonts from the default folder.</summary>
internal static class PrintSamples
{
    public const string Link = "https://127.0.0.1:7443/v/hub-ua/UA-CRED-2026-000101/k3J9xQvT2mWb8rLp0sYc1A";

    public static PrintFonts Fonts() => new(Options.Create(new PrintOptions()));

    public static CredentialPrint Credential(params string[] outcomes) => new(
        "uk",
        "Бакалавр комп'ютерних наук",
        "Олена Коваленко",
        "Київський національний університет імені Тараса Шевченка",
        "Україна",
        [
            new PrintLine("Рівень", "EQF 6 · НРК 6"),
            new PrintLine("Обсяг", "240 ECTS"),
            new PrintLine("Видано", "30 червня 2025 р."),
            new PrintLine("Реєстровий номер", "UA-KNU-2025-000101"),
        ],
        outcomes.Length > 0 ? outcomes : ["Розробляє програмне забезпечення", "Аналізує дані"],
        Link,
        new DateTimeOffset(2027, 1, 6, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero),
        "Підписи дійсні, не відкликано")
    {
        Labels = new CredentialPrintLabels("Здобувач", "Видав", "Результати навчання", "Перевірити документ онлайн",
            "Посилання дійсне до {0}", "Перевірено {0}: {1}", "QR-код посилання"),
    };
}
