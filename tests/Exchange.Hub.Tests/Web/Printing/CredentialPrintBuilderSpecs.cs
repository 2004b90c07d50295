using System.Globalization;
using Exchange.Hub.Credentials;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Printing;
using Exchange.LocalFederation.Launch;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Web.Printing;

/// <summary>The learner's printout built from the seed credential of UA-KNU, in the reader's language.</summary>
public sealed class CredentialPrintBuilderSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);
    private static readonly Uri Link = new("https://127.0.0.1:7443/v/hub-ua/UA-CRED-1/CODE");

    [Fact]
    public void A_Ukrainian_reader_gets_Ukrainian_labels_and_the_issuers_Ukrainian_texts()
    {
        var print = Build("uk", Report());

        Assert.Equal(("uk", "Аналіз даних мовою Python", "Олена Коваленко"), (print.Language, print.Title, print.LearnerName));
        Assert.Equal(("Київський національний університет імені Тараса Шевченка", "Україна"), (print.Issuer, print.IssuerCountry));
        Assert.Equal(
            [
                ("Рівень", "НРК України 7 · ЄКР 7"), ("Обсяг", "6 кредитів ЄКТС"), ("Дата видачі", "30 червня 2026\u202Fр."),
                ("Дійсний до", "Безстроковий"), ("Реєстровий номер", "UA-MC-2026-000101"),
            ],
            print.Facts.Select(f => (f.Label, f.Value)));
        Assert.Contains("Очищати та перетворювати табличні дані за допомогою pandas.", print.LearningOutcomes);
        Assert.Equal((Link.AbsoluteUri, Now, "Підписи дійсні, не відкликано"), (print.ShareLink, print.CheckedAt, print.CheckSummary));
        Assert.Equal(("Результати навчання", "Посилання дійсне до {0}"), (print.Labels.LearningOutcomes, print.Labels.LinkValidUntil));
    }

    [Fact]
    public void An_English_reader_gets_the_English_keys_and_the_issuers_English_title()
    {
        var print = Build("en", Report());

        Assert.Equal("Data analysis in Python", print.Title);
        Assert.Equal(("Level", "UA NQF 7 · EQF 7"), (print.Facts[0].Label, print.Facts[0].Value));
        Assert.Equal("Ukraine", print.IssuerCountry);
    }

    [Theory]
    [InlineData("kk", "Беруші кері қайтарып алған")]
    [InlineData("lv", "Izdevējs to atsaucis")]
    [InlineData("ru", "Отозван издателем")]
    public void A_revoked_credential_says_so_in_the_readers_language(string language, string summary)
    {
        var print = Build(language, Report(new CheckOutcome(VerificationCheck.Revocation, CheckResult.Failed, "revoked", "CREDENTIAL_REVOKED")));

        Assert.Equal(summary, print.CheckSummary);
    }

    private static CheckOutcome[] Passing() =>
        [new(VerificationCheck.HubAttestation, CheckResult.Passed, "ok"), new(VerificationCheck.Revocation, CheckResult.Passed, "ok")];

    private static CredentialVerification Report(params CheckOutcome[] extra) =>
        new("UA-CRED-1", "hub-ua", [.. Passing().Where(p => extra.All(e => e.Check != p.Check)), .. extra], Now, Now.AddMinutes(5));

    private static CredentialPrint Build(string language, CredentialVerification report)
    {
        var credential = SeedRequests.Credential(RepositoryRoot.Combine("seed"), "UA", "k").Credential;
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return new CredentialPrintBuilder(Texts()).Build(new CredentialPrintSource(credential, "UA-MC-2026-000101", Link, Now.AddDays(14), report));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static StringLocalizer<CredentialPrintTexts> Texts() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Web/Resources" }), NullLoggerFactory.Instance));
}
