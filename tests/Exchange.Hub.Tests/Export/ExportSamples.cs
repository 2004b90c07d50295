using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials.Export;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Hosting;
using Exchange.Hub.Tests.Registry;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Export;

/// <summary>The credentials and the hub the export specs build from: the Ukrainian seed credential, changed per spec.</summary>
internal static class ExportSamples
{
    public const string InstitutionId = "UA-KNU";
    public const string LearnerId = "UA-L-000101";
    public static readonly DateTimeOffset IssuedAt = new(2026, 6, 30, 8, 15, 42, 678, TimeSpan.Zero);

    public static HubIssuer Issuer { get; } = new(Options.Create(new HubOptions
    {
        HubId = "hub-ua",
        DisplayName = "Exchange hub (Ukraine)",
        PublicWebUrl = "https://exchange.example.ua/",
    }));

    public static Credential Credential()
    {
        var credential = Samples.IssueRequest(InstitutionId, LearnerId, "export").Credential;
        credential.CredentialId = "UA-CRED-0123456789abcdef0123";
        credential.ProgrammeId = "UA-KNU-MC-DATA-01";
        return credential;
    }

    public static JsonObject Status() => new()
    {
        ["id"] = "https://exchange.example.ua/status/credentials/1#7",
        ["type"] = "BitstringStatusListEntry",
        ["statusPurpose"] = "revocation",
        ["statusListIndex"] = "7",
        ["statusListCredential"] = "https://exchange.example.ua/status/credentials/1",
    };

    public static OpenBadgeSource Source(Credential credential, DateTimeOffset? expiresAt = null) =>
        new(credential, InstitutionId, LearnerId, IssuedAt, expiresAt, Status());

    public static JsonObject Build(Credential credential, DateTimeOffset? expiresAt = null) =>
        AchievementCredentialBuilder.Build(Source(credential, expiresAt), Issuer);

    public static MultilingualText Text(params (string Language, string Text)[] values)
    {
        var text = new MultilingualText();
        text.Values.AddRange(values.Select(v => new LocalizedText { Language = v.Language, Text = v.Text }));
        return text;
    }
}
