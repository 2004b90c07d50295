using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Issuing;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Revocation;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Hosting;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Persistence.Indexes;
using Exchange.Hub.Persistence.Recognitions;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Exchange.Hub.Tests.Registry;

/// <summary>
/// One in-process Orleans silo with memory storage named like the hub's, credential recognitions in a temporary SQLite file, the hub's grains, and a hand-moved clock;
/// plus the issuing and verifying helpers wired to it as the hub wires them.
/// </summary>
public sealed class RegistryCluster : IAsyncLifetime
{
    public const string HubId = "hub-ua";

    private readonly string _keys = Path.Combine(Path.GetTempPath(), "exchange-tests", "registry-keys-" + Guid.NewGuid().ToString("N"));
    private readonly string _data = Path.Combine(Path.GetTempPath(), "exchange-tests", "registry-data-" + Guid.NewGuid().ToString("N"));
    private InProcessTestCluster? _cluster;

    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    public IGrainFactory Grains => _cluster?.Client ?? throw new InvalidOperationException("The cluster has not started.");

    public HubKeyRing Keys { get; private set; } = null!;

    /// <summary>The silo's grain storage, for specs that prepare state as an earlier version of the hub stored it.</summary>
    public Orleans.Storage.IGrainStorage Storage =>
        (_cluster ?? throw new InvalidOperationException("The cluster has not started.")).Silos[0].ServiceProvider.GetRequiredKeyedService<Orleans.Storage.IGrainStorage>(HubStorage.Name);

    public CredentialIssuer Issuer { get; private set; } = null!;

    /// <summary>The hub as the issuer of what it publishes (status lists), at a public address of its own.</summary>
    public static HubIssuer PublishingIssuer { get; } = new(Options.Create(new HubOptions { HubId = HubId, Country = "UA", PublicWebUrl = "https://hub-ua.example/" }));

    /// <summary>The status lists as the silo's credential grains mark them.</summary>
    public StatusLists StatusLists => new(Grains, PublishingIssuer);

    /// <summary>Deactivates a grain, so its next call activates it again from storage.</summary>
    public Task DeactivateAsync(IAddressable grain) =>
        (_cluster ?? throw new InvalidOperationException("The cluster has not started.")).DeactivateAsync(grain);

    public LocalCredentialVerifier Verifier { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            // The production serializer, so state prepared by a spec is stored as the hub stores it.
            silo.Services.AddSingleton<Orleans.Storage.IGrainStorageSerializer, Orleans.Storage.OrleansGrainStorageSerializer>();
            silo.AddMemoryGrainStorage(HubStorage.Name);
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.AddSingleton(new PeerDirectory([]));
            silo.Services.AddSingleton<IRevocationNotices, OutboxRevocationNotices>();
            silo.Services.AddSingleton(PublishingIssuer);
            silo.Services.AddSingleton<StatusLists>();
            silo.Services.AddSingleton<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
            silo.Services.AddSingleton(new CustodialKeyProtector(_keys));
            silo.Services.AddSingleton(_ => new EmbeddedDatabase(_data));
            silo.Services.AddSingleton<SqliteStateStore>();
            silo.Services.AddSingleton<ICredentialRecognitions, SqliteCredentialRecognitions>();
            silo.Services.AddHubIndexes<SqliteIndexDatabase>();
            silo.AddOutgoingGrainCallFilter<CredentialIdShapeGuard>();
        });
        // As in the hub, where the services call grains through the silo: a malformed credential id never leaves the caller.
        builder.ConfigureClient(client => client.AddOutgoingGrainCallFilter<CredentialIdShapeGuard>());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        Keys = new HubKeyRing(HubId, _keys);
        var options = Options.Create(new HubOptions { HubId = HubId, Country = "UA" });
        Issuer = new CredentialIssuer(Grains, Keys, options, Clock);
        Verifier = new LocalCredentialVerifier(Grains, Keys, options, Clock);
    }

    public async Task DisposeAsync()
    {
        Keys?.Dispose();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RegistryClusterGroup : ICollectionFixture<RegistryCluster>
{
    public const string Name = "registry cluster";
}
