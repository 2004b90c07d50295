using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Exchange.Hub.Persistence.Embedded;

public static class EmbeddedStorageExtensions
{
    /// <summary>Registers the SQLite-backed store under <paramref name="storageName"/>; the file is
    /// <c>grain-state.db</c> in <paramref name="dataFolder"/>.</summary>
    public static ISiloBuilder AddEmbeddedGrainStorage(this ISiloBuilder silo, string storageName, string dataFolder)
    {
        silo.Services.AddSingleton(_ => new SqliteStateStore(Path.Combine(dataFolder, "grain-state.db")));
        silo.Services.AddGrainStorage(storageName, (services, _) => new SqliteGrainStorage(
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            services.GetRequiredService<SqliteStateStore>(),
            services.GetRequiredService<IGrainStorageSerializer>()));
        return silo;
    }
}
