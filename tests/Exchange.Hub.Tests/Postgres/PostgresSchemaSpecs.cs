using Exchange.Hub.Persistence.Postgres;
using Exchange.Hub.Tests.Infrastructure;
using Npgsql;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>
/// The migrated schema itself, and the query texts run the way Orleans runs them (named parameters, results
/// read by column name), for the rules that are hard to provoke through a live cluster.
/// </summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresSchemaSpecs(PostgresServer server)
{
    /// <summary>Every key the 10.4.2 providers load (clustering, persistence incl. delete, reminders).</summary>
    public static readonly IReadOnlyList<string> RequiredQueryKeys =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key",
        "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [Fact]
    public async Task Applying_twice_is_idempotent_and_records_the_version()
    {
        var cs = await server.CreateDatabaseAsync("schema_twice");

        await PostgresSchema.ApplyAsync(cs, CancellationToken.None);
        var first = await QueryTextsAsync(cs);
        await PostgresSchema.ApplyAsync(cs, CancellationToken.None);
        var second = await QueryTextsAsync(cs);

        Assert.Equal(first, second);
        Assert.Equal(PostgresSchema.CurrentVersion, await ScalarAsync<int>(cs, "SELECT max(version) FROM exchange_schema_history"));
        Assert.Equal((long)PostgresSchema.CurrentVersion, await ScalarAsync<long>(cs, "SELECT count(*) FROM exchange_schema_history"));
    }

    [Fact]
    public async Task Applying_concurrently_from_several_callers_succeeds()
    {
        var cs = await server.CreateDatabaseAsync("schema_concurrent");

        // Four callers on an empty database: without the advisory lock CREATE ... IF NOT EXISTS races.
        await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => PostgresSchema.ApplyAsync(cs, CancellationToken.None))));

        Assert.Equal(RequiredQueryKeys.Count + 1, (await QueryTextsAsync(cs)).Count); // + CleanupDefunctSiloEntryKey
        Assert.Equal((long)PostgresSchema.CurrentVersion, await ScalarAsync<long>(cs, "SELECT count(*) FROM exchange_schema_history"));
    }

    [Fact]
    public async Task Every_query_key_is_present()
    {
        var cs = await SchemaDatabaseAsync();
        var texts = await QueryTextsAsync(cs);

        var missing = RequiredQueryKeys.Where(key => !texts.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text));
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Membership_writes_need_the_current_version_and_leave_nothing_behind_on_failure()
    {
        var cs = await SchemaDatabaseAsync();
        const string cluster = "membership-contract";
        var now = DateTime.UtcNow;

        Assert.Equal(1, await RunKeyAsync<int>(cs, "InsertMembershipVersionKey", new() { ["DeploymentId"] = cluster }));
        Assert.Equal(0, await RunKeyAsync<int>(cs, "InsertMembershipVersionKey", new() { ["DeploymentId"] = cluster }));

        Dictionary<string, object?> Silo(int version) => new()
        {
            ["DeploymentId"] = cluster, ["Address"] = "127.0.0.1", ["Port"] = 11111, ["Generation"] = 7,
            ["SiloName"] = "s1", ["HostName"] = "h1", ["Status"] = 3, ["ProxyPort"] = 30000,
            ["StartTime"] = now, ["IAmAliveTime"] = now, ["Version"] = version,
        };

        Assert.Equal(0, await RunKeyAsync<int>(cs, "InsertMembershipKey", Silo(version: 5))); // stale version
        Assert.Equal(0L, await ScalarAsync<long>(cs, $"SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '{cluster}'"));
        Assert.Equal(1, await RunKeyAsync<int>(cs, "InsertMembershipKey", Silo(version: 0)));
        Assert.Equal(0, await RunKeyAsync<int>(cs, "InsertMembershipKey", Silo(version: 1))); // duplicate silo row
        Assert.Equal(1, await ScalarAsync<int>(cs, $"SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = '{cluster}'"));

        Dictionary<string, object?> Update(int version) => new()
        {
            ["DeploymentId"] = cluster, ["Address"] = "127.0.0.1", ["Port"] = 11111, ["Generation"] = 7,
            ["Status"] = 6, ["SuspectTimes"] = null, ["IAmAliveTime"] = now, ["Version"] = version,
        };
        Assert.Equal(0, await RunKeyAsync<int>(cs, "UpdateMembershipKey", Update(version: 0)));
        Assert.Equal(3, await ScalarAsync<int>(cs, $"SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = '{cluster}'"));
        Assert.Equal(1, await RunKeyAsync<int>(cs, "UpdateMembershipKey", Update(version: 1)));

        // The version row comes back even for a silo that has no row (outer join).
        var rows = await ReadKeyAsync(cs, "MembershipReadRowKey", new()
        {
            ["DeploymentId"] = cluster, ["Address"] = "10.0.0.9", ["Port"] = 1, ["Generation"] = 1,
        });
        var row = Assert.Single(rows);
        Assert.Equal(2, row["Version"]);
        Assert.Equal(DBNull.Value, row["StartTime"]);
    }

    [Fact]
    public async Task Grain_state_versions_and_key_extensions_follow_the_contract()
    {
        var cs = await SchemaDatabaseAsync();

        Dictionary<string, object?> Key(string? extension, int? version = null, byte[]? payload = null) => new()
        {
            ["GrainIdHash"] = 42, ["GrainIdN0"] = 1L, ["GrainIdN1"] = 2L, ["GrainTypeHash"] = 43,
            ["GrainTypeString"] = "contract.grain", ["GrainIdExtensionString"] = extension,
            ["ServiceId"] = "svc", ["GrainStateVersion"] = version, ["PayloadBinary"] = payload ?? [1, 2, 3],
        };

        Assert.Equal(1, await RunKeyAsync<int?>(cs, "WriteToStorageKey", Key(null)));
        Assert.Null(await RunKeyAsync<int?>(cs, "WriteToStorageKey", Key(null))); // second first-insert loses
        Assert.Equal(1, await RunKeyAsync<int?>(cs, "WriteToStorageKey", Key("ext"))); // another grain: ext differs
        Assert.Equal(2, await RunKeyAsync<int?>(cs, "WriteToStorageKey", Key(null, version: 1, payload: [9])));
        Assert.Equal(1, await RunKeyAsync<int?>(cs, "WriteToStorageKey", Key(null, version: 1))); // stale: unchanged

        var read = Assert.Single(await ReadKeyAsync(cs, "ReadFromStorageKey", Key(null)));
        Assert.Equal(new byte[] { 9 }, read["PayloadBinary"]);
        Assert.Equal(2, read["Version"]);
        Assert.Equal(1, Assert.Single(await ReadKeyAsync(cs, "ReadFromStorageKey", Key("ext")))["Version"]);
        Assert.Empty(await ReadKeyAsync(cs, "ReadFromStorageKey", Key("other")));

        Assert.Equal(1, await RunKeyAsync<int?>(cs, "ClearStorageKey", Key(null, version: 1))); // stale: unchanged
        Assert.Equal(3, await RunKeyAsync<int?>(cs, "ClearStorageKey", Key(null, version: 2)));
        Assert.Equal(DBNull.Value, Assert.Single(await ReadKeyAsync(cs, "ReadFromStorageKey", Key(null)))["PayloadBinary"]);

        Assert.Equal(5, await RunKeyAsync<int?>(cs, "DeleteStorageKey", Key("ext", version: 5))); // stale: unchanged
        Assert.Equal(2, await RunKeyAsync<int?>(cs, "DeleteStorageKey", Key("ext", version: 1)));
        Assert.Empty(await ReadKeyAsync(cs, "ReadFromStorageKey", Key("ext")));
    }

    [Fact]
    public async Task Reminder_ranges_cover_plain_and_wrapped_intervals()
    {
        var cs = await SchemaDatabaseAsync();
        foreach (var (grain, hash) in new[] { ("g-min", int.MinValue + 1), ("g-neg", -100), ("g-pos", 100), ("g-max", int.MaxValue) })
        {
            Assert.Equal(0, await RunKeyAsync<int>(cs, "UpsertReminderRowKey", new()
            {
                ["ServiceId"] = "svc", ["GrainId"] = grain, ["ReminderName"] = "r", ["StartTime"] = DateTime.UtcNow,
                ["Period"] = 60_000L, ["GrainHash"] = hash,
            }));
        }

        async Task<string[]> Range(string key, int begin, int end) =>
            [.. (await ReadKeyAsync(cs, key, new() { ["ServiceId"] = "svc", ["BeginHash"] = begin, ["EndHash"] = end }))
                .Select(r => (string)r["GrainId"]!).Order(StringComparer.Ordinal)];

        Assert.Equal(["g-neg", "g-pos"], await Range("ReadRangeRows1Key", -101, 100));
        Assert.Equal(["g-max", "g-min"], await Range("ReadRangeRows2Key", 100, int.MinValue + 1));
        Assert.Equal(["g-max", "g-min", "g-neg", "g-pos"], await Range("ReadRangeRows2Key", 0, 0)); // whole ring

        // Upsert bumps the version; delete needs it.
        Assert.Equal(1, await RunKeyAsync<int>(cs, "UpsertReminderRowKey", new()
        {
            ["ServiceId"] = "svc", ["GrainId"] = "g-pos", ["ReminderName"] = "r", ["StartTime"] = DateTime.UtcNow,
            ["Period"] = (long)TimeSpan.FromDays(30).TotalMilliseconds, ["GrainHash"] = 100,
        }));
        Dictionary<string, object?> Delete(int version) => new() { ["ServiceId"] = "svc", ["GrainId"] = "g-pos", ["ReminderName"] = "r", ["Version"] = version };
        Assert.Equal(0, await RunKeyAsync<int>(cs, "DeleteReminderRowKey", Delete(0)));
        Assert.Equal(1, await RunKeyAsync<int>(cs, "DeleteReminderRowKey", Delete(1)));
    }

    private async Task<string> SchemaDatabaseAsync()
    {
        var cs = await server.CreateDatabaseAsync("schema_contract_" + Guid.NewGuid().ToString("N")[..8]);
        await PostgresSchema.ApplyAsync(cs, CancellationToken.None);
        return cs;
    }

    internal static async Task<Dictionary<string, string>> QueryTextsAsync(string cs)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT QueryKey, QueryText FROM OrleansQuery", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }

        return result;
    }

    internal static async Task<T> ScalarAsync<T>(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs a stored query like Orleans does: text from OrleansQuery, parameters by name.</summary>
    internal static async Task<List<Dictionary<string, object?>>> ReadKeyAsync(string cs, string key, Dictionary<string, object?> parameters)
    {
        var text = (await QueryTextsAsync(cs))[key];
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(text, connection);
        foreach (var (name, value) in parameters)
        {
            // Typed like Orleans' DbExtensions: a null still carries its column type.
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameter.DbType = name switch
            {
                "GrainStateVersion" or "Version" or "Port" or "Generation" or "Status" or "ProxyPort" => System.Data.DbType.Int32,
                "PayloadBinary" => System.Data.DbType.Binary,
                "StartTime" or "IAmAliveTime" => System.Data.DbType.DateTime,
                "GrainIdN0" or "GrainIdN1" or "Period" => System.Data.DbType.Int64,
                "GrainIdHash" or "GrainTypeHash" or "GrainHash" or "BeginHash" or "EndHash" => System.Data.DbType.Int32,
                _ => System.Data.DbType.String,
            };
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    internal static async Task<T> RunKeyAsync<T>(string cs, string key, Dictionary<string, object?> parameters)
    {
        var row = Assert.Single(await ReadKeyAsync(cs, key, parameters));
        var value = row.Values.First();
        return value is DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
