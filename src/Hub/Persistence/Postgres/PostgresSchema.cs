using System.Reflection;
using Npgsql;

namespace Exchange.Hub.Persistence.Postgres;

/// <summary>
/// Applies the PostgreSQL schema that Orleans' ADO.NET clustering, grain persistence and reminders need
/// (the providers ship no SQL; see docs/postgres.md). Call before the silo starts, because the providers
/// read their queries from <c>OrleansQuery</c> while initialising.
/// </summary>
public static class PostgresSchema
{
    /// <summary>Resource name of the embedded script (LogicalName in Exchange.Hub.csproj).</summary>
    public const string ResourceName = "Exchange.Hub.Persistence.Postgres.Schema.sql";

    /// <summary>The version Schema.sql records in ExchangeSchemaVersion for component "orleans".</summary>
    public const int CurrentVersion = 1;

    /// <summary>The Orleans ADO.NET invariant to configure on every provider for this schema.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// Creates or updates the schema. Idempotent and safe to call from several silos at once: the script
    /// runs in one transaction that first takes a transaction-scoped advisory lock, so concurrent callers
    /// apply it one after another and the later ones find everything in place.
    /// </summary>
    public static async Task ApplyAsync(string connectionString, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var script = ReadScript();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        // The script is trusted, embedded text without parameters; one round trip runs it all.
        await using (var command = new NpgsqlCommand(script, connection, transaction))
        {
            // A concurrent applier may hold the lock for the duration of its own run.
            command.CommandTimeout = 120;
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Returns the embedded schema script (for tooling, docs and tests).</summary>
    public static string ReadScript()
    {
        using var stream = typeof(PostgresSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{ResourceName}' is missing from {typeof(PostgresSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
