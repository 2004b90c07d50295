using System.Text.Json;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Tests.Infrastructure;
using Google.Protobuf;

namespace Exchange.Hub.Tests.Seed;

public sealed class SeedSpecs
{
    private static readonly string[] SeedCountries = ["UA", "KZ", "LV"];

    public static TheoryData<string> Countries => new() { "UA", "KZ", "LV" };

    [Theory]
    [MemberData(nameof(Countries))]
    public void Every_seed_file_is_contract_JSON_and_every_seed_credential_names_its_own_institution(string country)
    {
        var institutions = Items(country, "institutions.json").Select(i => JsonParser.Default.Parse<Institution>(i.GetProperty("institution").GetRawText())).ToList();
        var programmes = Items(country, "programmes.json").Select(p => JsonParser.Default.Parse<Programme>(p.GetProperty("programme").GetRawText())).ToList();
        var credentials = Items(country, "credentials.json").Select(c => JsonParser.Default.Parse<IssueCredentialRequest>(c.GetRawText())).ToList();

        Assert.NotEmpty(institutions);
        Assert.All(institutions, i => Assert.StartsWith(country + "-", i.InstitutionId, StringComparison.Ordinal));
        Assert.All(programmes, p => Assert.Contains(institutions, i => i.InstitutionId == p.InstitutionId));
        Assert.All(credentials, c => Assert.Contains(institutions, i => i.InstitutionId == c.InstitutionId));
    }

    // Kazakh credentials take their programme's registry number from the registry at issue, so the start-up spec
    // below covers them.
    [Theory]
    [InlineData("UA")]
    [InlineData("LV")]
    public void Seed_credentials_carry_every_element_the_EU_and_their_country_require(string country)
    {
        foreach (var item in Items(country, "credentials.json"))
        {
            var request = JsonParser.Default.Parse<IssueCredentialRequest>(item.GetRawText());
            var validation = CredentialRequirements.Check(request.Credential, country);
            Assert.True(validation.IsComplete, string.Join("; ", validation.Issues.Select(i => i.Element + ": " + i.Message)));
        }
    }

    // The register states no EQAR registration reference.md does not verify, and lists the seeded institutions' reviews
    // as the seed's institutions and credentials state them, by agencies it holds.
    [Theory]
    [MemberData(nameof(Countries))]
    public void The_quality_register_seed_holds_the_three_countries_agencies_and_the_seeded_institutions_reviews(string country)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("seed", country, "quality-register.json")));
        var agencies = document.RootElement.GetProperty("agencies").EnumerateArray().Select(a => JsonParser.Default.Parse<QualityAgency>(a.GetRawText())).ToList();
        var listings = document.RootElement.GetProperty("listings").EnumerateArray().Select(l => JsonParser.Default.Parse<QualityListing>(l.GetRawText())).ToList();

        Assert.Equal(["KZ", "LV", "UA"], agencies.Select(a => a.CountryCode).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(agencies, a => a.AgencyId == "UA-NAQA");
        Assert.All(agencies, a => Assert.False(a.EqarRegistered, $"{a.AgencyId}: reference.md does not verify an EQAR registration."));
        Assert.All(agencies, a => Assert.Contains("unverified", a.Source, StringComparison.Ordinal));
        Assert.All(listings, l => Assert.Contains(agencies, a => a.AgencyId == l.AgencyId));
        foreach (var seeded in new[] { "UA", "KZ", "LV" })
        {
            foreach (var item in Items(seeded, "credentials.json"))
            {
                var credential = JsonParser.Default.Parse<IssueCredentialRequest>(item.GetRawText()).Credential;
                Assert.Contains(listings, l => l.InstitutionId == credential.AwardingBodies[0].OrganisationId);
            }
        }
    }

    [Fact]
    public async Task A_hub_loads_its_country_seed_at_start_and_a_restart_does_not_duplicate_anything()
    {
        var settings = HubProcessSettings.Fresh("hub-kz", "KZ") with
        {
            Extra = new Dictionary<string, string> { ["Hub__SeedFolder"] = RepositoryRoot.Combine("seed") },
        };
        await using (var hub = await HubProcess.StartAsync(settings))
        {
            var first = await OpenRegistryAsync(hub);
            var entry = Assert.Single(first.Entries);
            Assert.StartsWith("KZ-MC-", entry.RegistryNumber, StringComparison.Ordinal);
            var programmes = await new RegistryService.RegistryServiceClient(hub.CreateChannel()).ListProgrammesAsync(new ListProgrammesRequest { ListedOnly = true });
            var programme = Assert.Single(programmes.Programmes);
            Assert.StartsWith("KZ-PR-", programme.RegistryNumber, StringComparison.Ordinal);
            Assert.Equal(("kz-leading-providers", 1L, true), Single(await ListsAsync(hub)));
            await hub.StopAsync();
        }

        await using var restarted = await HubProcess.StartAsync(settings);
        var again = await OpenRegistryAsync(restarted);
        Assert.Single(again.Entries);
        var institutions = await new RegistryService.RegistryServiceClient(restarted.CreateChannel()).ListInstitutionsAsync(new ListInstitutionsRequest());
        Assert.Single(institutions.Institutions);
        Assert.Single(institutions.Institutions[0].SigningKeys);
        var register = new ReferenceDataService.ReferenceDataServiceClient(restarted.CreateChannel(restarted.Token(new Exchange.Hub.Security.HubTokenRequest("reader", Exchange.Hub.Security.HubRoles.Officer))));
        Assert.Equal(5, (await register.ListQualityAgenciesAsync(new ListQualityAgenciesRequest())).Agencies.Count);
        Assert.Equal(["QL-000003", "QL-000002", "QL-000001"], (await register.ListQualityListingsAsync(new ListQualityListingsRequest())).Listings.Select(l => l.ListingId));
        Assert.Equal(("kz-leading-providers", 1L, true), Single(await ListsAsync(restarted)));
    }

    [Fact]
    public void The_seeded_automatic_recognition_list_names_providers_the_seeds_register_and_cites_seed_001()
    {
        var lists = Items("KZ", "automatic-recognition-lists.json").Select(l => JsonParser.Default.Parse<AutomaticRecognitionList>(l.GetProperty("list").GetRawText())).ToList();
        var seeded = SeedCountries.SelectMany(c => Items(c, "institutions.json"))
            .Select(i => i.GetProperty("institution").GetProperty("institutionId").GetString()).ToHashSet(StringComparer.Ordinal);

        var list = Assert.Single(lists);
        Assert.True(list.Active);
        Assert.Contains("seed 001", list.LegalBasis, StringComparison.Ordinal);
        Assert.All(list.ProviderIds, p => Assert.Contains(p, seeded));
        Assert.Contains(list.ProviderIds, p => p.StartsWith("UA-", StringComparison.Ordinal));
        Assert.Contains(list.ProviderIds, p => p.StartsWith("LV-", StringComparison.Ordinal));
    }

    private static async Task<ListAutomaticRecognitionListsResponse> ListsAsync(HubProcess hub) =>
        await new ReferenceDataService.ReferenceDataServiceClient(hub.CreateChannel(hub.Token(new Exchange.Hub.Security.HubTokenRequest("admin-1", Exchange.Hub.Security.HubRoles.Admin))))
            .ListAutomaticRecognitionListsAsync(new ListAutomaticRecognitionListsRequest { IncludeInactive = true });

    private static (string, long, bool) Single(ListAutomaticRecognitionListsResponse lists)
    {
        var list = Assert.Single(lists.Lists);
        return (list.ListId, list.Version, list.Active);
    }

    private static Task<SearchOpenRegistryResponse> OpenRegistryAsync(HubProcess hub) =>
        new RegistryService.RegistryServiceClient(hub.CreateChannel()).SearchOpenRegistryAsync(new SearchOpenRegistryRequest()).ResponseAsync;

    private static List<JsonElement> Items(string country, string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("seed", country, file)));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
