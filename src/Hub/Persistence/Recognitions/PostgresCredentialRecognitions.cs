using Exchange.Hub.Grains.Issuing;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Exchange.Hub.Persistence.Recognitions;

/// <summary>Credential recognitions in the cluster's PostgreSQL database (table made by the migrations in Persistence/Migrations/Postgres). Recording is one
/// statement: the insert, or else the copy already stored, in one round trip.</summary>
internal sealed class PostgresCredentialRecognitions(NpgsqlDataSource database, Serializer<CredentialRecognitionRecord> serializer, IOptions<ClusterOptions> cluster)
    : ICredentialRecognitions
{
    // Both branches read the same snapshot: when the insert stores the row the second finds nothing, and when the
    // insert meets a conflict it returns nothing and the second yields the stored copy.
    private const string Record = $"""
        WITH inserted AS ({CredentialRecognitionSql.Insert} RETURNING sender_hub_id, sequence)
        SELECT sender_hub_id, sequence FROM inserted
        UNION ALL ({CredentialRecognitionSql.Earlier});
        """;

    private readonly string _serviceId = cluster.Value.ServiceId;

    public async Task<bool> RecordAsync(string credentialId, CredentialRecognitionRecord recognition)
    {
        await using var command = database.CreateCommand(Record);
        CredentialRecognitionSql.BindInsert(command, _serviceId, credentialId, recognition, serializer.SerializeToArray(recognition));
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() && CredentialRecognitionSql.SameMessage(reader.GetString(0), reader.GetInt64(1), recognition);
    }

    public async Task<IReadOnlyList<CredentialRecognitionRecord>> ListAsync(string credentialId)
    {
        await using var connection = await database.OpenConnectionAsync();
        return await CredentialRecognitionSql.ListAsync(connection, _serviceId, credentialId, serializer);
    }
}
