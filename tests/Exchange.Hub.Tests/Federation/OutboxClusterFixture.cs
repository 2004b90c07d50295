using System.Collections.Concurrent;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Hosting;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Persistence.Indexes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Exchange.Hub.Tests.Federation;

/// <summary>An in-process Orleans cluster whose peer hubs are a controllable fake: up or down, and recording
/// every delivery it accepted.</summary>
public sealed class OutboxClusterFixture : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "exchange-tests", "outbox-" + Guid.NewGuid().ToString("N"));

    public FakePeers Peers { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(HubStorage.Name);
            silo.UseInMemoryReminderService();
            // The outbox rows in a temporary SQLite file, as the embedded hub keeps them.
            silo.Services.AddSingleton(_ => new EmbeddedDatabase(_data));
            silo.Services.AddSingleton<SqliteStateStore>();
            silo.Services.AddHubIndexes<SqliteIndexDatabase>();
            silo.Services.AddSingleton<IPeerMessageSender>(Peers);
            silo.Services.AddSingleton(TimeProvider.System);
            silo.Services.Configure<HubOptions>(o => o.HubId = "hub-kz");
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    /// <summary>Peers that are reachable unless marked down, and refuse message ids they are told to refuse.</summary>
    public sealed class FakePeers : IPeerMessageSender
    {
        private readonly ConcurrentDictionary<string, bool> _down = new();
        private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _delivered = new();

        public HashSet<string> Refuse { get; } = [];

        public void SetDown(string peer, bool down) => _down[peer] = down;

        public IReadOnlyList<string> Delivered(string peer) => [.. _delivered.GetOrAdd(peer, _ => new())];

        public Task<IReadOnlyList<PeerDeliveryOutcome>> SendAsync(string peerHubId, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
        {
            if (_down.GetValueOrDefault(peerHubId))
            {
                throw new HttpRequestException($"{peerHubId} is unreachable");
            }

            var outcomes = new List<PeerDeliveryOutcome>(entries.Count);
            foreach (var entry in entries)
            {
                if (Refuse.Contains(entry.MessageId))
                {
                    outcomes.Add(PeerDeliveryOutcome.Refused(entry.MessageId, $"{peerHubId} refused {entry.MessageId}"));
                    continue;
                }

                _delivered.GetOrAdd(peerHubId, _ => new()).Enqueue(entry.MessageId);
                outcomes.Add(PeerDeliveryOutcome.Stored(new PeerDeliveryAck(entry.MessageId, false, entry.Sequence)));
            }

            return Task.FromResult<IReadOnlyList<PeerDeliveryOutcome>>(outcomes);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class OutboxClusterGroup : ICollectionFixture<OutboxClusterFixture>
{
    public const string Name = "Outbox cluster";
}
