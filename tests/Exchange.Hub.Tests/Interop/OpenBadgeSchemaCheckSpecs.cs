using System.Text.Json.Nodes;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Interop;

/// <summary>
/// The outside schema check (validate-ob3.mjs: Ajv's draft-2019 build against the 1EdTech OB 3.0
/// AchievementCredential schema) tells a valid credential from an invalid one, so a pass on an export means something.
/// </summary>
public sealed class OpenBadgeSchemaCheckSpecs : IDisposable
{
    private static readonly string Schema = NodeScripts.Sample("ob3", "ob_v3p0_achievementcredential_schema.json");
    private static readonly string BasicExample = NodeScripts.Sample("ob3", "spec-basic-openbadgecredential.unsigned.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("exchange-ob3-schema-").FullName;

    [Fact]
    public async Task The_specifications_basic_example_is_valid()
    {
        var run = await NodeScripts.RunAsync("validate-ob3.mjs", Schema, BasicExample);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task An_achievement_without_criteria_is_rejected_and_the_error_is_named()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(BasicExample))!.AsObject();
        document["credentialSubject"]!["achievement"]!.AsObject().Remove("criteria");
        var file = Path.Combine(_folder, "no-criteria.json");
        await File.WriteAllTextAsync(file, document.ToJsonString());

        var run = await NodeScripts.RunAsync("validate-ob3.mjs", Schema, file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("criteria", run.StdOut, StringComparison.Ordinal);
        Assert.StartsWith("invalid:", run.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
