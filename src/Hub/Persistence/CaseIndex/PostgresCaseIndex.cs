using Exchange.Hub.Grains.Recognition;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Exchange.Hub.Persistence.CaseIndex;

/// <summary>The case index in the cluster's PostgreSQL database (table created by Schema.sql), shared by the
/// hub's silos; each hub's rows carry its Orleans service id.</summary>
internal sealed class PostgresCaseIndex(NpgsqlDataSource database, IOptions<ClusterOptions> cluster) : ICaseIndex
{
    // Code-point order whatever the database's collation, as the embedded index sorts.
    private const string OrdinalCaseId = "case_id COLLATE \"C\"";

    private string ServiceId => cluster.Value.ServiceId;

    public async Task UpsertAsync(string institutionId, CaseListEntry entry)
    {
        await using var command = database.CreateCommand();
        CaseIndexSql.BindUpsert(command, ServiceId, institutionId, entry);
        await command.ExecuteNonQueryAsync();
    }

    public async Task RemoveAsync(string institutionId, string caseId)
    {
        await using var command = database.CreateCommand();
        CaseIndexSql.BindDelete(command, ServiceId, institutionId, caseId);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<CaseListPage> ListAsync(string institutionId, CaseListQuery query)
    {
        await using var connection = await database.OpenConnectionAsync();
        return await CaseIndexSql.ListAsync(connection, ServiceId, institutionId, query, OrdinalCaseId);
    }

    public async Task<IReadOnlyList<IndexedCase>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await CaseIndexSql.UnfinishedAsync(connection, ServiceId, cancellationToken);
    }
}
