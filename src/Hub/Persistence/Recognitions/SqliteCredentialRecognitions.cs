using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Persistence.Embedded;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Exchange.Hub.Persistence.Recognitions;

/// <summary>Credential recognitions in the embedded hub's SQLite file. A recording joins the state store's group
/// commit; its "already recorded?" look-up runs in the same transaction, so it sees rows earlier in the batch.</summary>
internal sealed class SqliteCredentialRecognitions : ICredentialRecognitions
{
    private readonly string _serviceId;
    private readonly string _connectionString;
    private readonly SqliteStateStore _store;
    private readonly Serializer<CredentialRecognitionRecord> _serializer;

    public SqliteCredentialRecognitions(EmbeddedDatabase database, SqliteStateStore store, Serializer<CredentialRecognitionRecord> serializer, IOptions<ClusterOptions> cluster)
    {
        _serviceId = cluster.Value.ServiceId;
        _connectionString = database.ConnectionString;
        _store = store;
        _serializer = serializer;
    }

    public async Task<bool> RecordAsync(string credentialId, CredentialRecognitionRecord recognition)
    {
        var record = _serializer.SerializeToArray(recognition);
        return await _store.ExecuteInBatchAsync(commands =>
        {
            var insert = commands.For(CredentialRecognitionSql.Insert);
            CredentialRecognitionSql.BindInsert(insert, _serviceId, credentialId, recognition, record);
            if (insert.ExecuteNonQuery() == 1)
            {
                return true;
            }

            var earlier = commands.For(CredentialRecognitionSql.Earlier);
            CredentialRecognitionSql.BindKey(earlier, _serviceId, credentialId, recognition);
            using var reader = earlier.ExecuteReader();
            return reader.Read() && CredentialRecognitionSql.SameMessage(reader.GetString(0), reader.GetInt64(1), recognition);
        });
    }

    public async Task<IReadOnlyList<CredentialRecognitionRecord>> ListAsync(string credentialId)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return await CredentialRecognitionSql.ListAsync(connection, _serviceId, credentialId, _serializer);
    }
}
