using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Persistence.Indexes;

internal static class IndexServiceExtensions
{
    /// <summary>Registers the registry directories, the open registry, the review queue, the peer outboxes and the precedents on the hub database that
    /// <typeparamref name="TDatabase"/> reaches (SQLite embedded, PostgreSQL in a cluster).</summary>
    public static IServiceCollection AddHubIndexes<TDatabase>(this IServiceCollection services)
        where TDatabase : IndexDatabase
    {
        services.AddSingleton<IndexDatabase, TDatabase>();
        services.AddSingleton(typeof(IRegistryDirectory<>), typeof(SqlRegistryDirectory<>));
        services.AddSingleton<IOpenRegistryIndex, SqlOpenRegistry>();
        services.AddSingleton<IReviewQueueIndex, SqlReviewQueue>();
        services.AddSingleton<IPeerOutbox, SqlPeerOutbox>();
        services.AddSingleton<IPrecedents, SqlPrecedents>();
        return services;
    }
}
