using System.Data.Common;
using System.Text;
using Exchange.Hub.Grains.Issuing;
using static Exchange.Hub.Persistence.SqlParameters;

namespace Exchange.Hub.Persistence.Indexes;

/// <summary>The open registry's table: one row per issued credential (no personal data), with the columns its search
/// filters and orders by; the line itself in Orleans' binary form.</summary>
internal static class OpenRegistrySql
{
    public const string Table = "exchange_open_registry";

    public const string Upsert = $"""
        INSERT INTO {Table} (service_id, credential_id, institution_id, programme_id, registry_number, issued_ticks, item)
        VALUES (@service, @credential, @institution, @programme, @number, @issued, @item)
        ON CONFLICT (service_id, credential_id) DO UPDATE SET
            institution_id = excluded.institution_id, programme_id = excluded.programme_id,
            registry_number = excluded.registry_number, issued_ticks = excluded.issued_ticks, item = excluded.item;
        """;

    public static void BindUpsert(DbCommand command, string serviceId, OpenRegistryEntryData entry, byte[] item)
    {
        Add(command, "@service", serviceId);
        Add(command, "@credential", entry.CredentialId);
        Add(command, "@institution", entry.InstitutionId);
        Add(command, "@programme", entry.ProgrammeId);
        Add(command, "@number", entry.RegistryNumber);
        Add(command, "@issued", entry.IssuedAt.UtcTicks);
        Add(command, "@item", item);
    }

    /// <summary>The lines matching <paramref name="filter"/>'s columns, newest first, then by registry number.</summary>
    public static void BindSearch(DbCommand command, string serviceId, OpenRegistryFilter filter)
    {
        var sql = new StringBuilder($"SELECT item FROM {Table} WHERE service_id = @service");
        Add(command, "@service", serviceId);
        if (!string.IsNullOrEmpty(filter.InstitutionId))
        {
            sql.Append(" AND institution_id = @institution");
            Add(command, "@institution", filter.InstitutionId);
        }

        if (!string.IsNullOrEmpty(filter.ProgrammeId))
        {
            sql.Append(" AND programme_id = @programme");
            Add(command, "@programme", filter.ProgrammeId);
        }

        if (!string.IsNullOrEmpty(filter.RegistryNumber))
        {
            sql.Append(" AND registry_number = @number");
            Add(command, "@number", filter.RegistryNumber);
        }

        if (filter.IssuedFrom is { } from)
        {
            sql.Append(" AND issued_ticks >= @from");
            Add(command, "@from", from.UtcTicks);
        }

        if (filter.IssuedTo is { } to)
        {
            sql.Append(" AND issued_ticks < @to");
            Add(command, "@to", to.UtcTicks);
        }

        command.CommandText = sql.Append(" ORDER BY issued_ticks DESC, registry_number;").ToString();
    }
}
