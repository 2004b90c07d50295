using System.Text.Json;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials.Issuing;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.ReferenceData;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Seed;

/// <summary>
/// Loads the country's seed folder at start when <see cref="HubOptions.SeedFolder"/> is set: institutions (with a
/// hub-held key), programmes with their reviews, credentials issued through the normal issuing path, and the centre's
/// automatic recognition lists (a list already there is left as the administrators keep it). Every
/// step is idempotent (existing objects are left alone, credentials carry idempotency keys), so a restart does
/// not duplicate anything. Files are the contract's JSON, so they read like API requests.
/// </summary>
internal sealed partial class SeedLoader(
    IOptions<HubOptions> options, IHostEnvironment environment, IGrainFactory grains, CredentialIssuer issuer, TimeProvider time, ILogger<SeedLoader> logger) : IHostedService
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var hub = options.Value;
        if (string.IsNullOrWhiteSpace(hub.SeedFolder))
        {
            return;
        }

        var root = Path.IsPathRooted(hub.SeedFolder) ? hub.SeedFolder : Path.GetFullPath(Path.Combine(environment.ContentRootPath, hub.SeedFolder));
        var folder = Directory.Exists(Path.Combine(root, hub.Country)) ? Path.Combine(root, hub.Country) : root;
        var counts = new SeedCounts();
        foreach (var item in Items(folder, "institutions.json"))
        {
            await TolerateRaceAsync(() => InstitutionAsync(item, counts));
        }

        foreach (var item in Items(folder, "programmes.json"))
        {
            await TolerateRaceAsync(() => ProgrammeAsync(item, hub, counts));
        }

        foreach (var item in Items(folder, "credentials.json"))
        {
            await CredentialAsync(item, counts);
        }

        await QualityRegisterAsync(folder, counts);

        foreach (var item in Items(folder, "automatic-recognition-lists.json"))
        {
            await AutomaticListAsync(item);
        }

        LogSeeded(logger, folder, counts.Institutions, counts.Programmes, counts.Credentials);
        LogRegisterSeeded(logger, counts.Agencies, counts.Listings);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InstitutionAsync(JsonElement item, SeedCounts counts)
    {
        var institution = Parser.Parse<Institution>(item.GetProperty("institution").GetRawText());
        var grain = grains.Keyed<IInstitutionGrain>(institution.InstitutionId);
        var existing = await grain.GetAsync();
        if (existing is null)
        {
            await grain.CreateAsync(RegistryContract.ToProfile(institution));
            foreach (var qa in institution.QualityAssurance.Reverse())
            {
                await grain.RecordQualityAssuranceAsync(qa.ToByteArray());
            }

            counts.Institutions++;
        }

        if (item.TryGetProperty("custodialKeyId", out var keyId) && keyId.GetString() is { Length: > 0 } id
            && !(existing?.Keys.Any(k => k.KeyId == id) ?? false))
        {
            await grain.AddSigningKeyAsync(new NewSigningKey(id, null, null, null, GenerateCustodial: true, Activate: true));
        }
    }

    private async Task ProgrammeAsync(JsonElement item, HubOptions hub, SeedCounts counts)
    {
        var programme = Parser.Parse<Programme>(item.GetProperty("programme").GetRawText());
        var grain = grains.Keyed<IProgrammeGrain>(programme.ProgrammeId);
        if (await grain.GetAsync() is not null)
        {
            return;
        }

        await grain.CreateAsync(RegistryContract.ToProfile(programme, hub.Country));
        if (item.TryGetProperty("reviews", out var reviews))
        {
            foreach (var review in reviews.EnumerateArray())
            {
                await grain.RecordReviewAsync(RegistryContract.ToRecord(Parser.Parse<ProgrammeReview>(review.GetRawText())));
            }
        }

        counts.Programmes++;
    }

    private async Task CredentialAsync(JsonElement item, SeedCounts counts)
    {
        var request = Parser.Parse<IssueCredentialRequest>(item.GetRawText());
        try
        {
            await issuer.IssueAsync(request);
            counts.Credentials++;
        }
        catch (Exception ex) when (ex is RpcException or HubException)
        {
            // A seed that the rules refuse is reported, not fatal: the hub still serves everything else.
            LogRefused(logger, request.IdempotencyKey, ex.Message);
        }
    }

    /// <summary>The quality-assurance register: agencies are put (the same facts again change nothing but the version),
    /// listings recorded (the register answers the same review with the listing it holds), so a restart adds nothing.</summary>
    private async Task QualityRegisterAsync(string folder, SeedCounts counts)
    {
        var path = Path.Combine(folder, "quality-register.json");
        if (!File.Exists(path))
        {
            return;
        }

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var register = grains.Keyed<IQualityRegisterGrain>(QualityRegisterGrain.Key);
        var existing = await register.SnapshotAsync();
        foreach (var item in document.RootElement.GetProperty("agencies").EnumerateArray())
        {
            var violations = new FieldViolations();
            var agency = QualityRegisterContract.ToAgency(Parser.Parse<QualityAgency>(item.GetRawText()), violations);
            violations.ThrowIfAny();
            if (!existing.Agencies.Any(a => a with { Version = 0 } == agency))
            {
                await register.PutAgencyAsync(agency);
            }

            counts.Agencies++;
        }

        foreach (var item in document.RootElement.GetProperty("listings").EnumerateArray())
        {
            var violations = new FieldViolations();
            var listing = QualityRegisterContract.ToListing(Parser.Parse<QualityListing>(item.GetRawText()), violations);
            violations.ThrowIfAny();
            await register.RecordListingAsync(listing);
            counts.Listings++;
        }
    }

    /// <summary>A list put again with the same content keeps its version (the grain ignores a repeat), so a restart changes
    /// nothing, and a list an administrator changed since is not reverted unless the seed file says otherwise.</summary>
    private async Task AutomaticListAsync(JsonElement item)
    {
        var list = Parser.Parse<AutomaticRecognitionList>(item.GetProperty("list").GetRawText());
        var grain = grains.Keyed<IAutomaticRecognitionListsGrain>(AutomaticRecognitionLists.Key);
        var existing = await grain.ListAsync(includeInactive: true);
        if (!existing.Any(l => string.Equals(l.ListId, list.ListId, StringComparison.Ordinal)))
        {
            await grain.PutAsync(AutomaticListContract.ToEntry(list), time.GetUtcNow());
        }
    }

    /// <summary>Two silos of one hub may seed at the same time; whoever comes second finds the object already there.</summary>
    private static async Task TolerateRaceAsync(Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (HubException ex) when (ex.Kind == ErrorKind.AlreadyExists)
        {
            // Created by the other silo between our read and our write: exactly the state seeding wants.
        }
    }

    private static IEnumerable<JsonElement> Items(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            return [];
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private sealed class SeedCounts
    {
        public int Institutions { get; set; }

        public int Programmes { get; set; }

        public int Credentials { get; set; }

        public int Agencies { get; set; }

        public int Listings { get; set; }
    }

    [LoggerMessage(EventId = 4100, EventName = "SeedLoaded", Level = LogLevel.Information,
        Message = "Seed folder {Folder}: {Institutions} institutions and {Programmes} programmes registered, {Credentials} credentials issued or already present")]
    private static partial void LogSeeded(ILogger logger, string folder, int institutions, int programmes, int credentials);

    [LoggerMessage(EventId = 4126, EventName = "SeedQualityRegisterLoaded", Level = LogLevel.Information,
        Message = "Quality-assurance register seeded: {Agencies} agencies and {Listings} listings present")]
    private static partial void LogRegisterSeeded(ILogger logger, int agencies, int listings);

    [LoggerMessage(EventId = 4101, EventName = "SeedCredentialRefused", Level = LogLevel.Error,
        Message = "Seed credential {IdempotencyKey} was refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string idempotencyKey, string reason);
}
