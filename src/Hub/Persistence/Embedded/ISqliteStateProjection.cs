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

    /// <summary>Binds the statement that brings the row in line with <paramref name="state"/>. Called before the state
    /// is written, so a mistake here leaves nothing half-written.</summary>
    void Bind(SqliteCommand command, object state);
}
