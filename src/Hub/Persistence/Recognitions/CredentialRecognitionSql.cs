using System.Data.Common;
using Exchange.Hub.Grains.Issuing;
using Orleans.Serialization;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.Recognitions;

/// <summary>
/// The credential recognitions table's statements, in the SQL SQLite and PostgreSQL share. The key columns and the
/// delivering message (sender, sequence) are columns; the record itself is Orleans' version-tolerant binary form,
/// as grain state is. The table itself is made by each dialect's migrations (Persistence/Migrations).
/// </summary>
internal static class CredentialRecognitionSql
{
    public const string Table = "exchange_credential_recognition";

    public const string Insert = $"""
        INSERT INTO {Table} (service_id, credential_id, recognising_hub_id, decision_id, sender_hub_id, sequence, recorded_ticks, record)
        VALUES (@service, @credential, @hub, @decision, @sender, @sequence, @recorded, @record)
        ON CONFLICT DO NOTHING
        """;

    public const string Earlier = $"""
        SELECT sender_hub_id, sequence FROM {Table}
        WHERE service_id = @service AND credential_id = @credential AND recognising_hub_id = @hub AND decision_id = @decision
        """;

    private const string List = $"""
        SELECT record FROM {Table} WHERE service_id = @service AND credential_id = @credential
        ORDER BY recorded_ticks, sender_hub_id, sequence
        """;

    public static void BindInsert(DbCommand command, string serviceId, string credentialId, CredentialRecognitionRecord recognition, byte[] record)
    {
        BindKey(command, serviceId, credentialId, recognition);
        Add(command, "@sender", recognition.SenderHubId);
        Add(command, "@sequence", recognition.Sequence);
        Add(command, "@recorded", recognition.RecordedAt.UtcTicks);
        Add(command, "@record", record);
    }

    public static void BindKey(DbCommand command, string serviceId, string credentialId, CredentialRecognitionRecord recognition)
    {
        Add(command, "@service", serviceId);
        Add(command, "@credential", credentialId);
        Add(command, "@hub", recognition.RecognisingHubId);
        Add(command, "@decision", recognition.DecisionId);
    }

    /// <summary>Whether a stored copy came from the same message as <paramref name="recognition"/>.</summary>
    public static bool SameMessage(string storedSender, long storedSequence, CredentialRecognitionRecord recognition) =>
        string.Equals(storedSender, recognition.SenderHubId, StringComparison.Ordinal) && storedSequence == recognition.Sequence;

    public static async Task<IReadOnlyList<CredentialRecognitionRecord>> ListAsync(
        DbConnection connection, string serviceId, string credentialId, Serializer<CredentialRecognitionRecord> serializer)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = List;
        Add(command, "@service", serviceId);
        Add(command, "@credential", credentialId);
        var records = new List<CredentialRecognitionRecord>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            records.Add(serializer.Deserialize((byte[])reader.GetValue(0)) ?? throw new InvalidDataException($"A row of {Table} for credential {credentialId} holds no record."));
        }

        return records;
    }
}
