using System.Text.Json;
using Exchange.Contracts.V1;
using Exchange.Hub.Tests.Infrastructure;
using Google.Protobuf;

namespace Exchange.Hub.Tests.Registry;

/// <summary>Test data read from the seed files (the contract's JSON), renamed so each test owns its objects.</summary>
public static class Samples
{
    public static Institution Institution(string id, string country = "UA")
    {
        var institution = Read<Institution>(country, "institutions.json", "institution");
        institution.InstitutionId = id;
        return institution;
    }

    public static Programme Programme(string id, string institutionId, string country = "KZ")
    {
        var programme = Read<Programme>(country, "programmes.json", "programme");
        programme.ProgrammeId = id;
        programme.InstitutionId = institutionId;
        return programme;
    }

    /// <summary>A complete Ukrainian micro-credential issue request for <paramref name="institutionId"/>.</summary>
    public static IssueCredentialRequest IssueRequest(string institutionId, string learnerId, string idempotencyKey)
    {
        var path = RepositoryRoot.Combine("seed", "UA", "credentials.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var request = JsonParser.Default.Parse<IssueCredentialRequest>(document.RootElement[0].GetRawText());
        request.InstitutionId = institutionId;
        request.IdempotencyKey = idempotencyKey;
        request.Credential.AwardingBodies[0].OrganisationId = institutionId;
        request.Credential.Learner.LearnerId = learnerId;
        request.Credential.ProgrammeId = "";
        // The seed credential stacks towards the seed's short programme, which a test hub has not registered.
        request.Credential.Stackability = null;
        return request;
    }

    private static T Read<T>(string country, string file, string property)
        where T : IMessage<T>, new()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("seed", country, file)));
        return JsonParser.Default.Parse<T>(document.RootElement[0].GetProperty(property).GetRawText());
    }
}
