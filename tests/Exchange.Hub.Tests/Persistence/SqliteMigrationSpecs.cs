using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.CaseIndex;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Persistence.Migrations;
using Exchange.Hub.Persistence.Recognitions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>The embedded hub's <c>hub.db</c> brought to the newest schema at start, with the data an older hub left in it.</summary>
public sealed class SqliteMigrationSpecs
{
    private const string Institution = "UA-KNU";
    private const string Credential = "cred-1";
    private static readonly GrainId Case = GrainId.Create("case", "UA-2026-000001");
    private static readonly DateTimeOffset Received = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseListEntry Entry = new("case-1", 4, CaseStatus.WaitingForPeer, RecognitionPurpose.FurtherStudy, Received, Received.AddHours(1));
    private static readonly CredentialRecognitionRecord Recognition = CredentialRecognitionsSpecs.Recognition("d-1", "hub-kz", 7, recordedAfter: 2);
    private static readonly IOptions<ClusterOptions> Cluster = Options.Create(new ClusterOptions { ServiceId = "svc" });

    [Fact]
    public async Task A_new_file_gets_every_migration_in_order()
    {
        await using var store = new EmbeddedStoreFixture();

        Assert.Equal(Enumerable.Range(1, MigrationSet.Sqlite.Latest), AppliedVersions(store.Folder));
    }

    [Fact]
    public async Task A_file_from_before_migrations_is_adopted_upgraded_and_its_data_served()
    {
        var folder = await FileWithDataAsync(MigrationSet.Sqlite.UpTo(1));
        // The hub before migrations made exactly the tables of 0001, and kept no history.
        Execute(folder, $"DROP TABLE {SchemaMigrator.HistoryTable};");

        await AssertUpgradedAndServedAsync(folder);
    }

    [Fact]
    public async Task A_file_an_older_hub_migrated_is_upgraded_and_its_data_served()
    {
        var folder = await FileWithDataAsync(MigrationSet.Sqlite.UpTo(1));

        await AssertUpgradedAndServedAsync(folder);
    }

    [Fact]
    public async Task A_file_a_newer_hub_migrated_is_refused_and_left_alone()
    {
        string folder;
        await using (var store = new EmbeddedStoreFixture())
        {
            folder = store.Folder;
        }

        var newer = MigrationSet.Sqlite.Latest + 1;
        Execute(folder, $"INSERT INTO {SchemaMigrator.HistoryTable} (version, name, applied_ticks) VALUES ({newer}, 'from_a_newer_hub', 0);");

        var refused = Assert.Throws<SchemaNewerThanCodeException>(() => new EmbeddedDatabase(folder));

        Assert.Equal(newer, refused.DatabaseVersion);
        Assert.Equal(MigrationSet.Sqlite.Latest, refused.CodeVersion);
        Assert.Equal(Enumerable.Range(1, newer), AppliedVersions(folder));
    }

    [Fact]
    public async Task A_file_from_before_the_index_by_credential_gains_it_and_a_case_s_next_change_lists_it_there()
    {
        var folder = await FileWithDataAsync(MigrationSet.Sqlite.UpTo(5));
        await using var store = new EmbeddedStoreFixture(folder);
        var index = new SqliteCaseIndex(store.Database, store.Store, Cluster);

        Assert.Equal(Enumerable.Range(1, MigrationSet.Sqlite.Latest), AppliedVersions(folder));
        Assert.Empty(await index.CasesOnCredentialsAsync("hub-ua", [Credential], CancellationToken.None));
        await index.UpsertAsync(Institution, Entry with { Version = Entry.Version + 1, Credentials = [new CaseCredentialRef("hub-ua", Credential)] });

        Assert.Equal([new CredentialCaseRow(Credential, "case-1", Institution)], await index.CasesOnCredentialsAsync("hub-ua", [Credential], CancellationToken.None));
        Assert.Equal(["case-1"], (await index.ListAsync(Institution, new CaseListQuery([], null, null, 0, 50))).CaseIds);
    }

    /// <summary>A file at <paramref name="schema"/> with one row of each kind, written through the hub's stores.</summary>
    private static async Task<string> FileWithDataAsync(MigrationSet schema)
    {
        await using var store = new EmbeddedStoreFixture(migrations: schema);
        await store.Storage.WriteStateAsync("case", Case, new GrainState<List<string>>(["received", "verified"]));
        await new SqliteReminderTable(store.Database, store.Store, Cluster).UpsertRow(new ReminderEntry
        {
            GrainId = Case, ReminderName = "deadline", StartAt = Received.UtcDateTime, Period = TimeSpan.FromMinutes(1),
        });
        await new SqliteCaseIndex(store.Database, store.Store, Cluster).UpsertAsync(Institution, Entry);
        Assert.True(await Recognitions(store).RecordAsync(Credential, Recognition));
        return store.Folder;
    }

    private static async Task AssertUpgradedAndServedAsync(string folder)
    {
        await using var store = new EmbeddedStoreFixture(folder);

        Assert.Equal(Enumerable.Range(1, MigrationSet.Sqlite.Latest), AppliedVersions(folder));
        var state = new GrainState<List<string>>([]);
        await store.Storage.ReadStateAsync("case", Case, state);
        Assert.Equal(["received", "verified"], state.State);
        Assert.Equal("1", state.ETag);
        var reminder = await new SqliteReminderTable(store.Database, store.Store, Cluster).ReadRow(Case, "deadline");
        Assert.Equal(TimeSpan.FromMinutes(1), reminder?.Period);
        var index = new SqliteCaseIndex(store.Database, store.Store, Cluster);
        Assert.Equal(["case-1"], (await index.ListAsync(Institution, new CaseListQuery([], null, null, 0, 50))).CaseIds);
        Assert.Contains(new IndexedCase(Institution, "case-1"), await index.UnfinishedAsync(CancellationToken.None));
        CredentialRecognitionsSpecs.AssertSame(Recognition, Assert.Single(await Recognitions(store).ListAsync(Credential)));
    }

    private static SqliteCredentialRecognitions Recognitions(EmbeddedStoreFixture store) =>
        new(store.Database, store.Store, store.Serializer<CredentialRecognitionRecord>(), Cluster);

    private static List<int> AppliedVersions(string folder)
    {
        using var connection = Open(folder);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version FROM {SchemaMigrator.HistoryTable} ORDER BY version;";
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static void Execute(string folder, string sql)
    {
        using var connection = Open(folder);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A connection of its own to the file, past the hub's code (unpooled, so nothing stays open afterwards).</summary>
    private static SqliteConnection Open(string folder)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "hub.db"), Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
