using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.Embedded;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Exchange.Hub.Persistence.CaseIndex;

/// <summary>The case index in the embedded hub's SQLite file. The grain storage writes a case's row with each write of
/// the case's state, in the same transaction (<see cref="ISqliteStateProjection"/>), and, when that write holds decision
/// notices for peer hubs, lists the case as handing over (<see cref="HandOverSql"/>) until the case says they were
/// handed over; the few other writes join the state store's group commit (the file has one writer); reads use their
/// own connection, which WAL lets run beside it.</summary>
internal sealed class SqliteCaseIndex : ICaseIndex, ISqliteStateProjection
{
    private const string RemoveWithHandOver = CaseIndexSql.Delete + HandOverSql.Delete;
    private const string UnfinishedOrHandingOver = CaseIndexSql.Unfinished + " UNION " + HandOverSql.Pending + ";";

    private readonly string _serviceId;
    private readonly string _connectionString;
    private readonly SqliteStateStore _store;

    /// <remarks>Whether the hub's grain storage writes this index's rows (registered as an
    /// <see cref="ISqliteStateProjection"/>) or the cases write them, is said by the <see cref="ICaseIndexWriter"/>
    /// registered with it.</remarks>
    public SqliteCaseIndex(EmbeddedDatabase database, SqliteStateStore store, IOptions<ClusterOptions> cluster)
    {
        _serviceId = cluster.Value.ServiceId;
        _connectionString = database.ConnectionString;
        _store = store;
    }

    public string StateName => RecognitionCaseGrain.StateName;

    public Func<WriterCommands, SqliteCommand> RowFor(object state)
    {
        var recognitionCase = (RecognitionCaseState)state;
        var (institutionId, entry) = (recognitionCase.RequesterInstitutionId, CaseListEntry.From(recognitionCase));
        if (recognitionCase.PeerNotices.Count == 0)
        {
            return commands => Upsert(commands, institutionId, entry);
        }

        return commands =>
        {
            var command = commands.For(CaseIndexSql.UpsertWithCredentials(entry) + HandOverSql.Insert);
            CaseIndexSql.BindUpsertParameters(command, _serviceId, institutionId, entry);
            return command;
        };
    }

    public Task HandedOverAsync(string institutionId, string caseId) =>
        _store.ExecuteInBatchAsync(commands => Execute(commands, HandOverSql.Delete, institutionId, caseId));

    public Task UpsertAsync(string institutionId, CaseListEntry entry) =>
        _store.ExecuteInBatchAsync(commands => Upsert(commands, institutionId, entry).ExecuteNonQuery());

    public Task RemoveAsync(string institutionId, string caseId) =>
        _store.ExecuteInBatchAsync(commands => Execute(commands, RemoveWithHandOver, institutionId, caseId));

    public async Task<CaseListPage> ListAsync(string institutionId, CaseListQuery query)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return await CaseIndexSql.ListAsync(connection, _serviceId, institutionId, query, "case_id");
    }

    public async Task<IReadOnlyList<IndexedCase>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return await CaseIndexSql.UnfinishedAsync(connection, _serviceId, cancellationToken, UnfinishedOrHandingOver);
    }

    public async Task<IReadOnlyList<CredentialCaseRow>> CasesOnCredentialsAsync(string issuingHubId, IReadOnlyList<string> credentialIds, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return await CaseCredentialSql.CasesOnAsync(connection, _serviceId, issuingHubId, credentialIds, "case_id", cancellationToken);
    }

    private int Execute(WriterCommands commands, string sql, string institutionId, string caseId)
    {
        var command = commands.For(sql);
        CaseIndexSql.BindCase(command, sql, _serviceId, institutionId, caseId);
        return command.ExecuteNonQuery();
    }

    /// <summary>The writer's prepared upsert, bound to <paramref name="entry"/> (the shared binding sets the same statement
    /// text again, which keeps the prepared statement).</summary>
    private SqliteCommand Upsert(WriterCommands commands, string institutionId, CaseListEntry entry)
    {
        var command = commands.For(CaseIndexSql.UpsertWithCredentials(entry));
        CaseIndexSql.BindUpsert(command, _serviceId, institutionId, entry);
        return command;
    }
}
