using Microsoft.Data.Sqlite;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>
/// A row kept in step with one kind of grain state in the embedded hub's file: the storage writes it with every
/// write of that state, in the same transaction and only when the state write itself succeeds, so the two can never
/// disagree, not even after a crash.
/// </summary>
internal interface ISqliteStateProjection
{
    /// <summary>The state name (as in <c>[PersistentState]</c>) this projection follows.</summary>
    string StateName { get; }

    /// <summary>The row as <paramref name="state"/> stands now, as the binding of the statement that writes it (which the
    /// binding returns for the storage to run): taken when the write is queued (the writer's thread runs it later, and
    /// the grain may change its state meanwhile) and bound before the state row is written, so a mistake in it leaves
    /// nothing half-written.</summary>
    Func<WriterCommands, SqliteCommand> RowFor(object state);
}
