using System.Data.Common;
using Orleans.Serialization;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>Reads the items an index query selects as its first column, in Orleans' binary form.</summary>
internal static class IndexRows
{
    public static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Serializer<T> serializer)
    {
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(serializer.Deserialize((byte[])reader.GetValue(0))
                ?? throw new InvalidDataException($"An index row holds no {typeof(T).Name}."));
        }

        return items;
    }

    /// <summary>Binds a value that may be null, with its type, which PostgreSQL cannot infer from a bare null.</summary>
    public static void AddNullable(DbCommand command, string name, object? value, System.Data.DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
