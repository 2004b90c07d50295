using System.Net;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Persistence.Indexes;
using Exchange.Hub.Security;
using Orleans.Configuration;
using Orleans.Storage;

namespace Exchange.Hub.Hosting;

/// <summary>Configures the hub's Orleans silo for the chosen <see cref="HubMode"/>.</summary>
internal static class OrleansSiloSetup
{
    private const string PostgresInvariant = Persistence.Postgres.PostgresSchema.Invariant;

    public static void Configure(ISiloBuilder silo, HubOptions hub, string contentRoot)
    {
        // One serializer for every provider: Orleans' own binary format is version tolerant through [Id] and
        // [Alias], so persisted state survives renames and moves of state classes, which the default JSON format
        // (it records .NET type names) does not.
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = hub.EffectiveClusterId;
            o.ServiceId = hub.EffectiveServiceId;
        });

        SiloTransportSecurity.Configure(silo, SiloClusterCertificate.LoadOrCreate(hub.ResolveKeysFolder(contentRoot), hub.HubId, TimeProvider.System), hub.HubId);
        if (hub.Mode == HubMode.Embedded)
        {
            ConfigureEmbedded(silo, hub, contentRoot);
        }
        else
        {
            ConfigureCluster(silo, hub);
        }
    }

    private static void ConfigureEmbedded(ISiloBuilder silo, HubOptions hub, string contentRoot)
    {
        silo.UseLocalhostClustering(hub.SiloPort, hub.GatewayPort, serviceId: hub.EffectiveServiceId, clusterId: hub.EffectiveClusterId);
        // One silo on this machine: it listens on loopback only, whatever Hub:ListenAddress says for gRPC and REST.
        ConfigureEndpoints(silo, hub, IPAddress.Loopback, IPAddress.Loopback);
        silo.AddEmbeddedPersistence(HubStorage.Name, hub.ResolveDataFolder(contentRoot));
    }

    private static void ConfigureCluster(ISiloBuilder silo, HubOptions hub)
    {
        var connectionString = hub.PostgresConnectionString!;
        ConfigureEndpoints(silo, hub, AdvertisedAddress(hub), ListenAddress(hub));
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = PostgresInvariant;
            o.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorage(HubStorage.Name, o => o.Configure<IGrainStorageSerializer>((storage, serializer) =>
        {
            storage.Invariant = PostgresInvariant;
            storage.ConnectionString = connectionString;
            storage.GrainStorageSerializer = serializer;
        }));
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = PostgresInvariant;
            o.ConnectionString = connectionString;
        });
        silo.Services.AddSingleton(_ => Npgsql.NpgsqlDataSource.Create(connectionString));
        silo.Services.AddSingleton<Grains.Recognition.ICaseIndex, Persistence.CaseIndex.PostgresCaseIndex>();
        // Orleans' ADO.NET storage knows nothing of the case index: each case writes its row itself.
        silo.Services.AddSingleton<Grains.Recognition.ICaseIndexWriter, Persistence.CaseIndex.CaseIndexWrittenByCases>();
        silo.Services.AddSingleton<Grains.Issuing.ICredentialRecognitions, Persistence.Recognitions.PostgresCredentialRecognitions>();
        silo.Services.AddHubIndexes<Persistence.Indexes.PostgresIndexDatabase>();
    }

    /// <summary>Binds the silo port, and the gateway only when the deployment opted in, to <paramref name="listen"/>
    /// (never every address unless the operator configured 0.0.0.0).</summary>
    private static void ConfigureEndpoints(ISiloBuilder silo, HubOptions hub, IPAddress advertised, IPAddress listen) =>
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = advertised;
            o.SiloPort = hub.SiloPort;
            o.SiloListeningEndpoint = new IPEndPoint(listen, hub.SiloPort);
            // Port 0 is Orleans' "no gateway": nothing listens, and the hub's services call grains in-process.
            o.GatewayPort = hub.EnableGateway ? hub.GatewayPort : 0;
            o.GatewayListeningEndpoint = hub.EnableGateway ? new IPEndPoint(listen, hub.GatewayPort) : null;
        });

    /// <summary>The address other silos use to reach this one: the listen address when it is a concrete one,
    /// otherwise the first address of this host (a container's, in compose).</summary>
    private static IPAddress AdvertisedAddress(HubOptions hub)
    {
        if (!string.IsNullOrWhiteSpace(hub.AdvertisedAddress))
        {
            return IPAddress.Parse(hub.AdvertisedAddress);
        }

        var listen = ListenAddress(hub);
        if (!listen.Equals(IPAddress.Any) && !listen.Equals(IPAddress.IPv6Any))
        {
            return listen;
        }

        return Dns.GetHostAddresses(Dns.GetHostName()).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
    }

    private static IPAddress ListenAddress(HubOptions hub) =>
        hub.ListenAddress == "localhost" ? IPAddress.Loopback : IPAddress.Parse(hub.ListenAddress);
}
