using System.Net;
using Exchange.Hub.Persistence.Embedded;
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
        silo.AddEmbeddedPersistence(HubStorage.Name, hub.ResolveDataFolder(contentRoot));
    }

    private static void ConfigureCluster(ISiloBuilder silo, HubOptions hub)
    {
        var connectionString = hub.PostgresConnectionString!;
        silo.ConfigureEndpoints(AdvertisedAddress(hub), hub.SiloPort, hub.GatewayPort, listenOnAnyHostAddress: true);
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
        silo.Services.AddSingleton<Grains.Issuing.ICredentialRecognitions, Persistence.Recognitions.PostgresCredentialRecognitions>();
    }

    /// <summary>The address other silos use to reach this one: the listen address when it is a concrete one,
    /// otherwise the first address of this host (a container's, in compose).</summary>
    private static IPAddress AdvertisedAddress(HubOptions hub)
    {
        if (!string.IsNullOrWhiteSpace(hub.AdvertisedAddress))
        {
            return IPAddress.Parse(hub.AdvertisedAddress);
        }

        if (IPAddress.TryParse(hub.ListenAddress, out var listen) && !listen.Equals(IPAddress.Any))
        {
            return listen;
        }

        return Dns.GetHostAddresses(Dns.GetHostName()).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
    }
}
