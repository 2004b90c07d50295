namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The registry directories' table: one row per listed item (an institution, a programme), its summary in
/// Orleans' version-tolerant binary form, as grain state is. Items are listed by id in code-point order.</summary>
internal static class RegistryDirectorySql
{
    public const string Table = "exchange_registry_directory";

    public const string Upsert = $"""
        INSERT INTO {Table} (service_id, directory, item_id, item) VALUES (@service, @directory, @id, @item)
        ON CONFLICT (service_id, directory, item_id) DO UPDATE SET item = excluded.item;
        """;

    public const string List = $"SELECT item FROM {Table} WHERE service_id = @service AND directory = @directory ORDER BY item_id;";
}
