using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.Embedded;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Exchange.Hub.Persistence.CaseIndex;

/// <summary>The case index in the embedded hub's SQLite file. The grain storage writes a case's row with each write of
/// the case's state, in the same transaction (<see cref="ISqliteStateProjection"/>); the few other writes join the state
/// store's group commit (the file has one writer); reads use their own connection, which WAL lets run beside it.</summary>
internal sealed class SqliteCaseIndex : ICaseIndex, ISqliteStateProjection
{
    private readonly string _serviceId;
    private readonly string _connectionString;
    private readonly SqliteStateStore _store;
    private readonly Task _created;

    /// <param name="keptWithState">Whether the hub's grain storage writes this index's rows (see
    /// <see cref="ISqliteStateProjection"/>); with another storage the cases write their rows themselves.</param>
    public SqliteCaseIndex(EmbeddedDatabase database, SqliteStateStore store, IOptions<ClusterOptions> cluster, bool keptWithState = false)
    {
        KeptWithState = keptWithState;
        _serviceId = cluster.Value.ServiceId;
        _connectionString = database.ConnectionString;
        _store = store;
        _created = WriteAsync(CaseIndexSql.Create, _ => { });
    }

    public bool KeptWithState { get; }

    public string StateName => RecognitionCaseGrain.StateName;

    public Func<WriterCommands, SqliteCommand> RowFor(object state)
    {
        var recognitionCase = (RecognitionCaseState)state;
        var (institutionId, entry) = (recognitionCase.RequesterInstitutionId, CaseListEntry.From(recognitionCase));
        return commands =>
        {
            var command = commands.For(CaseIndexSql.Upsert);
            CaseIndexSql.BindUpsert(command, _serviceId, institutionId, entry);
            return command;
        };
    }

    public async Task UpsertAsync(string institutionId, CaseListEntry entry)
    {
        await _created;
        await WriteAsync(CaseIndexSql.Upsert, command => CaseIndexSql.BindUpsert(command, _serviceId, institutionId, entry));
    }

    public async Task RemoveAsync(string institutionId, string caseId)
    {
        await _created;
        await WriteAsync(CaseIndexSql.Delete, command => CaseIndexSql.BindDelete(command, _serviceId, institutionId, caseId));
    }

    public async Task<CaseListPage> ListAsync(string institutionId, CaseListQuery query)
    {
        await _created;
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return await CaseIndexSql.ListAsync(connection, _serviceId, institutionId, query, "case_id");
    }

    public async Task<IReadOnlyList<IndexedCase>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await _created;
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return await CaseIndexSql.UnfinishedAsync(connection, _serviceId, cancellationToken);
    }

    private Task<int> WriteAsync(string sql, Action<SqliteCommand> bind) => _store.ExecuteInBatchAsync(commands =>
    {
        var command = commands.For(sql);
        bind(command);
        return command.ExecuteNonQuery();
    });
}
