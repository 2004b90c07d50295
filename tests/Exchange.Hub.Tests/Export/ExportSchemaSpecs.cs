using Exchange.Contracts.V1;
using Exchange.Hub.Tests.Infrastructure;
using static Exchange.Hub.Tests.Export.ExportSamples;

namespace Exchange.Hub.Tests.Export;

/// <summary>
/// What the builder produces is valid against 1EdTech's OB 3.0 AchievementCredential JSON schema, as Ajv's draft-2019
/// build checks it outside .NET, whatever the credential holds.
/// </summary>
public sealed class ExportSchemaSpecs : IDisposable
{
    private static readonly string Schema = NodeScripts.Sample("ob3", "ob_v3p0_achievementcredential_schema.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("exchange-export-schema-").FullName;

    public static TheoryData<string> Variants => ["as issued", "graded, with skills, expiring", "partial studies in clock hours, no content, national level only", "no level, no awarding body name"];

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task The_export_is_valid_against_the_OB_3_AchievementCredential_schema(string variant)
    {
        var credential = Credential();
        DateTimeOffset? expires = null;
        switch (variant)
        {
            case "graded, with skills, expiring":
                credential.Grade = new Grade { Value = "A", ScaleId = "ECTS", Passing = true };
                credential.LearningOutcomes[0].SkillUris.Add("http://data.europa.eu/esco/skill/a1");
                credential.Title.Values.Add(new LocalizedText { Language = "uk-Latn", Text = "Analiz danykh movoiu Python" });
                expires = IssuedAt.AddYears(5);
                break;
            case "partial studies in clock hours, no content, national level only":
                credential.Kind = CredentialKind.PartialStudies;
                credential.NotionalWorkload = new Workload { Amount = "150", Unit = WorkloadUnit.ClockHours };
                credential.Content = null;
                credential.EquivalentLevels.Clear();
                break;
            case "no level, no awarding body name":
                credential.Level = null;
                credential.EquivalentLevels.Clear();
                credential.AwardingBodies[0].Name = null;
                break;
        }

        var file = Path.Combine(_folder, "export.json");
        await File.WriteAllTextAsync(file, Build(credential, expires).ToJsonString());

        var run = await NodeScripts.RunAsync("validate-ob3.mjs", Schema, file);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
