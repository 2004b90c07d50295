using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.CaseIndex;
using Exchange.Hub.Persistence.Migrations;
using Exchange.Hub.Persistence.Postgres;
using Exchange.Hub.Persistence.Recognitions;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using static Exchange.Hub.Tests.Postgres.PostgresSchemaSpecs;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>
/// A cluster's database brought to the newest schema at hub start, with the data an older hub left in it: grain state and
/// reminders as Orleans' providers run them, the case index and recognitions through the hub's stores.
/// </summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresMigrationSpecs(PostgresServer server) : IAsyncDisposable
{
    private const string Institution = "UA-KNU";
    private const string Credential = "cred-1";
    private static readonly DateTimeOffset Received = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseListEntry Entry = new("case-1", 4, CaseStatus.WaitingForPeer, RecognitionPurpose.FurtherStudy, Received, Received.AddHours(1));
    private static readonly CredentialRecognitionRecord Recognition = CredentialRecognitionsSpecs.Recognition("d-1", "hub-kz", 7, recordedAfter: 2);
    private static readonly IOptions<ClusterOptions> Cluster = Options.Create(new ClusterOptions { ServiceId = "svc" });

    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    [Fact]
    public async Task A_database_from_before_migrations_is_adopted_upgraded_and_its_data_served()
    {
        var cs = await server.CreateDatabaseAsync("migrate_legacy_" + Guid.NewGuid().ToString("N")[..8]);
        // What the hub before migrations made: its script (now 0001) run as it was, with no history of migrations.
        await using (var connection = new NpgsqlConnection(cs))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var script = new NpgsqlCommand(MigrationSet.Postgres.All[0].Script, connection, transaction);
            await script.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal(1, await ScalarAsync<int>(cs, "SELECT Version FROM ExchangeSchemaVersion WHERE Component = 'orleans'"));
        await PutDataAsync(cs);

        await PostgresSchema.ApplyAsync(cs, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, PostgresSchema.CurrentVersion), await AppliedVersionsAsync(cs));
        await AssertServedAsync(cs);
    }

    [Fact]
    public async Task A_database_at_the_previous_version_is_upgraded_and_its_data_served()
    {
        var cs = await server.CreateDatabaseAsync("migrate_previous_" + Guid.NewGuid().ToString("N")[..8]);
        var previous = MigrationSet.Postgres.UpTo(PostgresSchema.CurrentVersion - 1);
        await PostgresSchema.MigrateAsync(cs, previous, TimeProvider.System, CancellationToken.None);
        await PutDataAsync(cs);

        var upgrade = await PostgresSchema.MigrateAsync(cs, MigrationSet.Postgres, TimeProvider.System, CancellationToken.None);

        Assert.Equal(new SchemaUpgrade(previous.Latest, PostgresSchema.CurrentVersion), upgrade);
        Assert.Equal(Enumerable.Range(1, PostgresSchema.CurrentVersion), await AppliedVersionsAsync(cs));
        await AssertServedAsync(cs);
    }

    [Fact]
    public async Task A_database_from_before_the_index_by_credential_gains_it_and_a_case_s_next_change_lists_it_there()
    {
        var cs = await server.CreateDatabaseAsync("migrate_case_credential_" + Guid.NewGuid().ToString("N")[..8]);
        await PostgresSchema.MigrateAsync(cs, MigrationSet.Postgres.UpTo(6), TimeProvider.System, CancellationToken.None);
        await PutDataAsync(cs);

        await PostgresSchema.MigrateAsync(cs, MigrationSet.Postgres, TimeProvider.System, CancellationToken.None);

        await using var database = NpgsqlDataSource.Create(cs);
        await using var index = new PostgresCaseIndex(database, Cluster);
        Assert.Empty(await index.CasesOnCredentialsAsync("hub-ua", [Credential], CancellationToken.None));
        await index.UpsertAsync(Institution, Entry with { Version = Entry.Version + 1, Credentials = [new CaseCredentialRef("hub-ua", Credential)] });
        Assert.Equal([new CredentialCaseRow(Credential, "case-1", Institution)], await index.CasesOnCredentialsAsync("hub-ua", [Credential], CancellationToken.None));
    }

    [Fact]
    public async Task The_version_row_of_the_hub_before_migrations_is_retired_for_the_history()
    {
        var cs = await server.CreateDatabaseAsync("migrate_history_" + Guid.NewGuid().ToString("N")[..8]);
        await PostgresSchema.MigrateAsync(cs, MigrationSet.Postgres.UpTo(1), TimeProvider.System, CancellationToken.None);
        Assert.True(await ScalarAsync<bool>(cs, "SELECT to_regclass('exchangeschemaversion') IS NOT NULL"));

        await PostgresSchema.ApplyAsync(cs, CancellationToken.None);

        Assert.True(await ScalarAsync<bool>(cs, "SELECT to_regclass('exchangeschemaversion') IS NULL"));
    }

    [Fact]
    public async Task A_database_a_newer_hub_migrated_is_refused_and_left_alone()
    {
        var cs = await server.CreateDatabaseAsync("migrate_newer_" + Guid.NewGuid().ToString("N")[..8]);
        await PostgresSchema.ApplyAsync(cs, CancellationToken.None);
        var newer = PostgresSchema.CurrentVersion + 1;
        await ScalarAsync<int>(cs, $"INSERT INTO exchange_schema_history (version, name, applied_ticks) VALUES ({newer}, 'from_a_newer_hub', 0) RETURNING version");

        var refused = await Assert.ThrowsAsync<SchemaNewerThanCodeException>(() => PostgresSchema.ApplyAsync(cs, CancellationToken.None));

        Assert.Equal(newer, refused.DatabaseVersion);
        Assert.Equal(PostgresSchema.CurrentVersion, refused.CodeVersion);
        Assert.Equal(Enumerable.Range(1, newer), await AppliedVersionsAsync(cs));
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    /// <summary>One row of each kind, written the way the hub writes it.</summary>
    private async Task PutDataAsync(string cs)
    {
        Assert.Equal(1, await RunKeyAsync<int?>(cs, "WriteToStorageKey", GrainState(version: null)));
        Assert.Equal(0, await RunKeyAsync<int>(cs, "UpsertReminderRowKey", Reminder()));
        await using var database = NpgsqlDataSource.Create(cs);
        await using (var index = new PostgresCaseIndex(database, Cluster))
        {
            await index.UpsertAsync(Institution, Entry);
        }

        Assert.True(await Recognitions(database).RecordAsync(Credential, Recognition));
    }

    private async Task AssertServedAsync(string cs)
    {
        var state = Assert.Single(await ReadKeyAsync(cs, "ReadFromStorageKey", GrainState(version: null)));
        Assert.Equal(new byte[] { 1, 2, 3 }, state["PayloadBinary"]);
        Assert.Equal(1, state["Version"]);
        var reminder = Assert.Single(await ReadKeyAsync(cs, "ReadReminderRowKey", Reminder()));
        Assert.Equal(60_000L, reminder["Period"]);

        await using var database = NpgsqlDataSource.Create(cs);
        await using (var index = new PostgresCaseIndex(database, Cluster))
        {
            var page = await index.ListAsync(Institution, new CaseListQuery([], null, null, 0, 50));
            Assert.Equal(["case-1"], page.CaseIds);
            Assert.Contains(new IndexedCase(Institution, "case-1"), await index.UnfinishedAsync(CancellationToken.None));
        }

        CredentialRecognitionsSpecs.AssertSame(Recognition, Assert.Single(await Recognitions(database).ListAsync(Credential)));
    }

    private PostgresCredentialRecognitions Recognitions(NpgsqlDataSource database) =>
        new(database, _services.GetRequiredService<Serializer<CredentialRecognitionRecord>>(), Cluster);

    private static Dictionary<string, object?> GrainState(int? version) => new()
    {
        ["GrainIdHash"] = 42, ["GrainIdN0"] = 1L, ["GrainIdN1"] = 2L, ["GrainTypeHash"] = 43,
        ["GrainTypeString"] = "exchange.case", ["GrainIdExtensionString"] = "UA-2026-000001",
        ["ServiceId"] = "svc", ["GrainStateVersion"] = version, ["PayloadBinary"] = new byte[] { 1, 2, 3 },
    };

    private static Dictionary<string, object?> Reminder() => new()
    {
        ["ServiceId"] = "svc", ["GrainId"] = "case/UA-2026-000001", ["ReminderName"] = "deadline",
        ["StartTime"] = Received.UtcDateTime, ["Period"] = 60_000L, ["GrainHash"] = 100,
    };

    private static async Task<List<int>> AppliedVersionsAsync(string cs)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT version FROM {SchemaMigrator.HistoryTable} ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
