using System.Data.Common;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>
/// The hub database as the index tables beside the case index see it (their DDL: Persistence/Migrations): one durable
/// statement at a time, and reads on a connection of their own, whatever the dialect. Each index keeps one row per
/// item, so a change costs one small statement however long its list grows.
/// </summary>
internal abstract class IndexDatabase(string serviceId)
{
    /// <summary>The hub's Orleans service id: every row carries it, as the case index's rows do.</summary>
    public string ServiceId { get; } = serviceId;

    /// <summary>Runs <paramref name="sql"/> with the parameters <paramref name="bind"/> adds, and answers once it is
    /// durable, with the number of rows it changed.</summary>
    public abstract Task<int> ExecuteAsync(string sql, Action<DbCommand> bind);

    /// <summary>Runs <paramref name="sql"/> once for each binding, all in one transaction, and answers once that is durable.</summary>
    public abstract Task ExecuteEachAsync(string sql, IReadOnlyList<Action<DbCommand>> binds);

    /// <summary>Runs <paramref name="read"/> on an open connection of its own.</summary>
    public abstract Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read);
}
