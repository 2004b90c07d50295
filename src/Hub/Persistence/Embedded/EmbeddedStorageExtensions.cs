using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.CaseIndex;
using Exchange.Hub.Persistence.Indexes;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;

namespace Exchange.Hub.Persistence.Embedded;

public static class EmbeddedStorageExtensions
{
    /// <summary>Registers grain storage under <paramref name="storageName"/>, durable reminders, the case index, credential recognitions and the index tables beside them (registry directories, open registry, review queue),
    /// all in <c>hub.db</c> in <paramref name="dataFolder"/>.</summary>
    public static ISiloBuilder AddEmbeddedPersistence(this ISiloBuilder silo, string storageName, string dataFolder)
    {
        silo.Services.AddSingleton(sp => new EmbeddedDatabase(dataFolder, sp.GetRequiredService<TimeProvider>()));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<SqliteStateStore>();
        silo.Services.AddSingleton<SqliteCaseIndex>();
        silo.Services.AddSingleton<ICaseIndex>(sp => sp.GetRequiredService<SqliteCaseIndex>());
        // The grain storage writes each case's row with the case's state, so the cases write none of their own.
        silo.Services.AddSingleton<ISqliteStateProjection>(sp => sp.GetRequiredService<SqliteCaseIndex>());
        silo.Services.AddSingleton<ICaseIndexWriter, CaseIndexKeptWithState>();
        silo.Services.AddSingleton<Grains.Issuing.ICredentialRecognitions, Recognitions.SqliteCredentialRecognitions>();
        silo.Services.AddHubIndexes<SqliteIndexDatabase>();
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable, SqliteReminderTable>();
        silo.Services.AddGrainStorage(storageName, (services, _) => new SqliteGrainStorage(
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            services.GetRequiredService<SqliteStateStore>(),
            new StatePayloadSerializer(services.GetRequiredService<Serializer>()),
            services.GetServices<ISqliteStateProjection>()));
        return silo;
    }
}
