using System.Threading.Channels;
using Exchange.Hub.Grains.Recognition;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Exchange.Hub.Persistence.CaseIndex;

/// <summary>The case index in the cluster's PostgreSQL database (table made by the migrations in Persistence/Migrations/Postgres), shared by the
/// hub's silos; each hub's rows carry its Orleans service id.</summary>
/// <remarks>Every case writes its row before its first state write, so under load the upserts are many and small.
/// One writer sends whatever upserts are waiting as one batch on one connection (group commit), instead of each
/// taking a connection of its own: a burst of cases must not exhaust the pool or the server's connections. Each
/// caller is answered once the batch holding its row is committed.</remarks>
internal sealed class PostgresCaseIndex : ICaseIndex, IAsyncDisposable
{
    private const int MaxBatch = 256;

    // Code-point order whatever the database's collation, as the embedded index sorts.
    private const string OrdinalCaseId = "case_id COLLATE \"C\"";

    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;
    private readonly Channel<PendingUpsert> _upserts = Channel.CreateUnbounded<PendingUpsert>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public PostgresCaseIndex(NpgsqlDataSource database, IOptions<ClusterOptions> cluster)
    {
        _database = database;
        _serviceId = cluster.Value.ServiceId;
        _writer = Task.Run(WriteLoopAsync);
    }

    public Task UpsertAsync(string institutionId, CaseListEntry entry)
    {
        var pending = new PendingUpsert(institutionId, entry);
        ObjectDisposedException.ThrowIf(!_upserts.Writer.TryWrite(pending), this);
        return pending.Done.Task;
    }

    /// <summary>Nothing to do: a case writes its row here after handing its notices over (<see cref="ICaseIndex.HandedOverAsync"/>).</summary>
    public Task HandedOverAsync(string institutionId, string caseId) => Task.CompletedTask;

    public async Task RemoveAsync(string institutionId, string caseId)
    {
        await using var command = _database.CreateCommand();
        CaseIndexSql.BindDelete(command, _serviceId, institutionId, caseId);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<CaseListPage> ListAsync(string institutionId, CaseListQuery query)
    {
        await using var connection = await _database.OpenConnectionAsync();
        return await CaseIndexSql.ListAsync(connection, _serviceId, institutionId, query, OrdinalCaseId);
    }

    public async Task<IReadOnlyList<IndexedCase>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await CaseIndexSql.UnfinishedAsync(connection, _serviceId, cancellationToken);
    }

    public async Task<IReadOnlyList<CredentialCaseRow>> CasesOnCredentialsAsync(string issuingHubId, IReadOnlyList<string> credentialIds, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await CaseCredentialSql.CasesOnAsync(connection, _serviceId, issuingHubId, credentialIds, OrdinalCaseId, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _upserts.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingUpsert>(MaxBatch);
        while (await _upserts.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _upserts.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await using var connection = await _database.OpenConnectionAsync();
                await using var statements = new NpgsqlBatch(connection);
                foreach (var pending in batch)
                {
                    var (text, parameters) = CaseIndexSql.UpsertStatement(_serviceId, pending.InstitutionId, pending.Entry);
                    var statement = new NpgsqlBatchCommand(text);
                    foreach (var (name, value) in parameters)
                    {
                        statement.Parameters.Add(new NpgsqlParameter(name, value));
                    }

                    statements.BatchCommands.Add(statement);
                    if (CaseIndexSql.CredentialStatement(_serviceId, pending.InstitutionId, pending.Entry) is var (credentialText, credentialParameters))
                    {
                        var credentials = new NpgsqlBatchCommand(credentialText);
                        foreach (var (name, value) in credentialParameters)
                        {
                            credentials.Parameters.Add(new NpgsqlParameter(name, value));
                        }

                        statements.BatchCommands.Add(credentials);
                    }
                }

                // One round trip, one implicit transaction: all of the batch is stored, or none of it.
                await statements.ExecuteNonQueryAsync();
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                batch.ForEach(p => p.Done.TrySetException(ex));
            }

            batch.Clear();
        }
    }

    private sealed record PendingUpsert(string InstitutionId, CaseListEntry Entry)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
