using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Hosting;
using Exchange.Hub.Persistence.CaseIndex;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Persistence.Indexes;
using Exchange.Hub.Services.Review;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>
/// One in-process Orleans cluster for every case and review spec: memory storage under the hub's storage name, the
/// case index in a temporary SQLite file, in-memory reminders, a manual clock, the test resolver, and a Latvian hub whose policy has commission mode on.
/// </summary>
public sealed class CaseClusterFixture : IAsyncLifetime
{
    public const string HubId = "hub-lv";

    private readonly string _keys = Path.Combine(Path.GetTempPath(), "exchange-tests", "case-keys-" + Guid.NewGuid().ToString("N"));
    private readonly string _index = Path.Combine(Path.GetTempPath(), "exchange-tests", "case-index-" + Guid.NewGuid().ToString("N"));

    public ManualClock Clock { get; } = new();

    public TestCredentialResolver Resolver { get; } = new();

    /// <summary>The issuing hubs as the case's outbox reaches them.</summary>
    public Federation.OutboxClusterFixture.FakePeers Peers { get; } = new();

    public FaultyPeerDecisionOutbox PeerOutbox { get; private set; } = null!;

    public HubKeyRing Keys { get; private set; } = null!;

    /// <summary>The decision credentials the cases issue, and the superseded ones they mark.</summary>
    public RecordingDecisionCredentialIssuer DecisionCredentials { get; private set; } = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        Keys = new HubKeyRing(HubId, _keys);
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            // The production serializer, so state really round-trips through storage when a grain is reactivated.
            silo.Services.AddSingleton<Orleans.Storage.IGrainStorageSerializer, Orleans.Storage.OrleansGrainStorageSerializer>();
            silo.AddMemoryGrainStorage(HubStorage.Name);
            silo.Services.AddSingleton(_ => new EmbeddedDatabase(_index));
            silo.Services.AddSingleton<SqliteStateStore>();
            silo.Services.AddSingleton<ICaseIndex, SqliteCaseIndex>();
            silo.Services.AddSingleton<ICaseIndexWriter, CaseIndexWrittenByCases>();
            silo.Services.AddHubIndexes<SqliteIndexDatabase>();
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.AddSingleton<ICredentialResolver>(Resolver);
            silo.Services.AddSingleton(Keys);
            silo.Services.AddOptions<HubOptions>().Configure(o =>
            {
                o.HubId = HubId;
                o.Country = "LV";
            });
            silo.Services.AddSingleton(HubRecognitionPolicy.Defaults("LV") with { CommissionMode = true, Rules = RecognitionPolicy.Defaults("LV") });
            silo.Services.AddSingleton<CaseCredentialResolution>();
            silo.Services.AddSingleton<Exchange.Hub.Grains.Recognition.Stacking.IQualificationRequirements, Exchange.Hub.Federation.Programmes.QualificationLookup>();
            silo.Services.AddSingleton<ICommissionProtocolSealer, CommissionProtocolSealer>();
            silo.Services.AddSingleton<Grains.Federation.IPeerMessageSender>(Peers);
            silo.Services.AddSingleton<FaultyPeerDecisionOutbox>();
            silo.Services.AddSingleton<IPeerDecisionOutbox>(sp => sp.GetRequiredService<FaultyPeerDecisionOutbox>());
            silo.Services.AddSingleton<Exchange.Hub.Credentials.Publishing.HubIssuer>();
            silo.Services.AddSingleton<Exchange.Hub.Credentials.Publishing.VcJwtSigner>();
            silo.Services.AddSingleton<RecordingDecisionCredentialIssuer>();
            silo.Services.AddSingleton<IDecisionCredentialIssuer>(sp => sp.GetRequiredService<RecordingDecisionCredentialIssuer>());
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        PeerOutbox = Cluster.Silos[0].ServiceProvider.GetRequiredService<FaultyPeerDecisionOutbox>();
        DecisionCredentials = Cluster.Silos[0].ServiceProvider.GetRequiredService<RecordingDecisionCredentialIssuer>();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Keys.Dispose();
        Directory.Delete(_keys, recursive: true);
        Directory.Delete(_index, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class CaseClusterGroup : ICollectionFixture<CaseClusterFixture>
{
    public const string Name = "recognition cases";
}
