using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Orleans.Serialization;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The open registry as rows of <see cref="OpenRegistrySql.Table"/>: a search is one query over the indexed
/// columns; only the title fragment, matched case-insensitively over every language, is checked on the rows it returns.</summary>
internal sealed class SqlOpenRegistry(IndexDatabase database, Serializer<OpenRegistryItem> serializer) : IOpenRegistryIndex
{
    public Task UpsertAsync(OpenRegistryItem item) =>
        database.ExecuteAsync(OpenRegistrySql.Upsert,
            command => OpenRegistrySql.BindUpsert(command, database.ServiceId, item.Entry, serializer.SerializeToArray(item)));

    public Task<IReadOnlyList<OpenRegistryItem>> SearchAsync(OpenRegistryFilter filter) =>
        database.ReadAsync<IReadOnlyList<OpenRegistryItem>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            OpenRegistrySql.BindSearch(command, database.ServiceId, filter);
            var items = await IndexRows.ReadAllAsync(command, serializer);
            return string.IsNullOrEmpty(filter.TitleContains) ? items : items.FindAll(i => TextValue.AnyContains(i.Entry.Titles, filter.TitleContains));
        });
}
