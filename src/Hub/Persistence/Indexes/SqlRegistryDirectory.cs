using System.Reflection;
using Exchange.Hub.Grains.Registry;
using Orleans.Serialization;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>A registry directory as rows of <see cref="RegistryDirectorySql.Table"/>, named by the item type's Orleans
/// alias (stable across renames of the type).</summary>
internal sealed class SqlRegistryDirectory<T>(IndexDatabase database, Serializer<T> serializer) : IRegistryDirectory<T>
{
    private static readonly string Directory = typeof(T).GetCustomAttribute<AliasAttribute>()?.Alias
        ?? throw new InvalidOperationException($"{typeof(T).Name} needs an [Alias] to be kept in a registry directory.");

    public Task UpsertAsync(string id, T item) =>
        database.ExecuteAsync(RegistryDirectorySql.Upsert, command =>
        {
            Add(command, "@service", database.ServiceId);
            Add(command, "@directory", Directory);
            Add(command, "@id", id);
            Add(command, "@item", serializer.SerializeToArray(item));
        });

    public Task<IReadOnlyList<T>> ListAsync() =>
        database.ReadAsync<IReadOnlyList<T>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = RegistryDirectorySql.List;
            Add(command, "@service", database.ServiceId);
            Add(command, "@directory", Directory);
            return await IndexRows.ReadAllAsync(command, serializer);
        });
}
