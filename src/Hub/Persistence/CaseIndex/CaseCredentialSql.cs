using System.Data.Common;
using System.Globalization;
using Exchange.Hub.Grains.Recognition;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.CaseIndex;

/// <summary>
/// The case index's rows by credential: one per case and credential it is about, keyed by the credential's issuing hub
/// and id, so the issuing hub can ask for the cases on its learners' credentials. Written with the case's index row,
/// in the same statement batch, every time: a case's credentials only ever grow (a supplement adds), so an insert that
/// finds its row changes nothing. The table itself is made by each dialect's migrations (Persistence/Migrations).
/// </summary>
internal static class CaseCredentialSql
{
    public const string Table = "exchange_case_credential";

    /// <summary>Removes a case's rows (bound like the case index's delete: @service, @institution, @case).</summary>
    public const string Delete = $"DELETE FROM {Table} WHERE service_id = @service AND institution_id = @institution AND case_id = @case;";

    /// <summary>The insert of <paramref name="count"/> credentials of one case (@service, @institution, @case and
    /// @issuing0/@credential0 …), or nothing for none.</summary>
    public static string Insert(int count) => count == 0
        ? ""
        : $"INSERT INTO {Table} (service_id, issuing_hub_id, credential_id, case_id, institution_id) VALUES "
          + string.Join(", ", Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"(@service, @issuing{i}, @credential{i}, @case, @institution)")))
          + " ON CONFLICT DO NOTHING;";

    /// <summary>The credential parameters of <see cref="Insert"/>; the case's own (@service, @institution, @case) are
    /// the index upsert's.</summary>
    public static IEnumerable<(string Name, object Value)> CredentialParameters(CaseListEntry entry) =>
        entry.Credentials.SelectMany((c, i) => new (string, object)[]
        {
            (string.Create(CultureInfo.InvariantCulture, $"@issuing{i}"), c.IssuingHubId),
            (string.Create(CultureInfo.InvariantCulture, $"@credential{i}"), c.CredentialId),
        });

    /// <summary>The rows of the cases on <paramref name="credentialIds"/> issued by <paramref name="issuingHubId"/>,
    /// newest received first (the case index's received time), then by case id.</summary>
    public static async Task<IReadOnlyList<CredentialCaseRow>> CasesOnAsync(
        DbConnection connection, string serviceId, string issuingHubId, IReadOnlyList<string> credentialIds, string ordinalCaseId, CancellationToken cancellationToken)
    {
        if (credentialIds.Count == 0)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        var names = credentialIds.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@id{i}")).ToList();
        command.CommandText = $"""
            SELECT c.credential_id, c.case_id, c.institution_id FROM {Table} c
            LEFT JOIN {CaseIndexSql.Table} x ON x.service_id = c.service_id AND x.institution_id = c.institution_id AND x.case_id = c.case_id
            WHERE c.service_id = @service AND c.issuing_hub_id = @issuing AND c.credential_id IN ({string.Join(", ", names)})
            ORDER BY x.received_ticks DESC, c.{ordinalCaseId}, c.credential_id;
            """;
        Add(command, "@service", serviceId);
        Add(command, "@issuing", issuingHubId);
        for (var i = 0; i < names.Count; i++)
        {
            Add(command, names[i], credentialIds[i]);
        }

        var rows = new List<CredentialCaseRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new CredentialCaseRow(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }
}
