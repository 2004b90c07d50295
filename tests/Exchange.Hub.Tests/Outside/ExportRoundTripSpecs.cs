using System.Net;
using System.Text;
using Exchange.Hub.Credentials;
using Exchange.Hub.Mapping;
using Exchange.Hub.Tests.Export;

namespace Exchange.Hub.Tests.Outside;

/// <summary>
/// An Open Badge exported by one Exchange hub and imported at another maps back to what the issuing hub's own
/// mapping reads from the original credential: title and outcomes in every language, the outcomes' ESCO skills, the
/// ECTS credits, the national level with its scheme, the kind, field, awarding institution and holder.
/// </summary>
public sealed class ExportRoundTripSpecs
{
    private const string Skill = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    [Fact]
    public async Task An_exported_credential_imported_at_another_hub_maps_back_faithfully()
    {
        var original = ExportSamples.Credential();
        original.LearningOutcomes[0].SkillUris.Add(Skill);
        using var hub = new OutsideIssuerKeys(ExportSamples.Issuer.Id);
        const string ListUrl = "https://exchange.example.ua/status/credentials/1";
        var list = hub.SignEs256(OutsideStatusLists.ListPayload(hub.IssuerId, ListUrl, [3]));
        var network = new OutsideReaders.Answering(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(list) });
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(hub.Trusted(country: "UA")), network, null, "exchange.example.ua");

        var read = await reader.ReadAsync(Encoding.ASCII.GetBytes(hub.SignEs256(ExportSamples.Build(original))), CancellationToken.None);

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        var expected = CredentialToDomain.Map(original);
        var imported = read.Credential!;
        Assert.Equal(expected.Title, imported.Title);
        Assert.Equal(expected.LearningOutcomes.Select(o => string.Join("|", o.Texts)), imported.LearningOutcomes.Select(o => string.Join("|", o.Texts)));
        Assert.Equal(new Uri(Skill), imported.LearningOutcomes[0].SkillUri);
        Assert.Equal(expected.Workload, imported.Workload);
        Assert.Equal(expected.Level, imported.Level);
        Assert.Equal(expected.Kind, imported.Kind);
        Assert.Equal(expected.FieldCode, imported.FieldCode);
        Assert.Equal((expected.AwardingBody!.Id, expected.AwardingBody.Name, expected.AwardingBody.Country),
            (imported.AwardingBody!.Id, imported.AwardingBody.Name, imported.AwardingBody.Country));
        Assert.Equal((expected.Learner!.Identifier, expected.Learner.FullName), (imported.Learner!.Identifier, imported.Learner.FullName));
        Assert.Equal(DateOnly.FromDateTime(ExportSamples.IssuedAt.UtcDateTime), imported.IssueDate);
        Assert.Equal("UA", read.IssuingCountry);
    }
}
