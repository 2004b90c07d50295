using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>
/// Orleans 10.4.2's own ADO.NET providers against our schema on a real PostgreSQL: two silos cluster
/// through it, grain state outlives the silo that wrote it, reminders are stored, stale ETags are refused.
/// </summary>
[Collection(PostgresTestGroup.Name)]
public sealed class OrleansPostgresClusterSpecs(PostgresServer server, OrleansPostgresCluster fixture)
    : IClassFixture<OrleansPostgresCluster>, IAsyncLifetime
{
    private const int ActiveStatus = 3;

    public Task InitializeAsync() => fixture.StartAsync(server);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Both_silos_are_active_in_the_membership_table_and_the_management_grain()
    {
        var expected = fixture.Cluster.Silos.Select(s => s.SiloAddress).ToHashSet();
        Assert.Equal(2, expected.Count);

        // Membership converges within a few probe rounds; poll rather than sleep.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        long activeRows;
        Dictionary<SiloAddress, SiloStatus> hosts;
        do
        {
            activeRows = await ScalarAsync<long>(
                "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Status = @active",
                ("cluster", fixture.ClusterId), ("active", ActiveStatus));
            hosts = await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            if (activeRows == expected.Count && expected.SetEquals(hosts.Keys))
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal(expected.Count, activeRows);
        Assert.True(expected.SetEquals(hosts.Keys), $"management grain sees {string.Join(", ", hosts.Keys)}");
        Assert.All(hosts.Values, status => Assert.Equal(SiloStatus.Active, status));
    }

    [Fact]
    public async Task Grain_state_written_on_one_silo_is_read_back_on_the_other_after_it_stops()
    {
        var writer = fixture.Cluster.Silos[0];
        var reader = fixture.Cluster.Silos[1];
        const string key = "survivor";

        var onWriter = Factory(writer).GetGrain<IPgCounterGrain>(key);
        Assert.Equal(5, await onWriter.Add(5));
        Assert.Equal(writer.SiloAddress.ToString(), await onWriter.Host());
        Assert.Equal(1, await ScalarAsync<int>(
            "SELECT Version FROM OrleansStorage WHERE ServiceId = @service AND GrainTypeString = 'counter' AND GrainIdExtensionString LIKE '%survivor%'",
            ("service", OrleansPostgresCluster.ServiceId)));

        await fixture.Cluster.StopSiloAsync(writer);
        try
        {
            var onReader = Factory(reader).GetGrain<IPgCounterGrain>(key);
            Assert.Equal(5, await onReader.Current());
            Assert.Equal(reader.SiloAddress.ToString(), await onReader.Host());
            Assert.Equal(7, await onReader.Add(2)); // the ETag read on this silo is current
        }
        finally
        {
            // Other tests in this class expect two silos.
            await fixture.Cluster.StartAdditionalSiloAsync();
        }
    }

    [Fact]
    public async Task A_registered_reminder_is_stored_and_readable()
    {
        var grain = fixture.Cluster.Client.GetGrain<IPgCounterGrain>("reminded");
        await grain.RegisterReminder("pg-reminder");

        Assert.True(await grain.HasReminder("pg-reminder"));
        Assert.Equal(TimeSpan.FromHours(1).TotalMilliseconds, await ScalarAsync<long>(
            "SELECT Period FROM OrleansRemindersTable WHERE ServiceId = @service AND ReminderName = 'pg-reminder'",
            ("service", OrleansPostgresCluster.ServiceId)));

        // Straight through the provider, including the range reads the reminder service partitions with.
        var table = AnySilo().GetRequiredService<IReminderTable>();
        var grainId = grain.GetGrainId();
        var hash = grainId.GetUniformHashCode();
        var entry = await table.ReadRow(grainId, "pg-reminder")
            ?? throw new Xunit.Sdk.XunitException("ReadRow returned null");
        Assert.Equal(TimeSpan.FromHours(1), entry.Period);
        Assert.Contains((await table.ReadRows(grainId)).Reminders, r => r.ReminderName == "pg-reminder");
        Assert.Contains((await table.ReadRows(unchecked(hash - 1), hash)).Reminders, r => r.GrainId == grainId);
        Assert.Contains((await table.ReadRows(0u, 0u)).Reminders, r => r.GrainId == grainId);
        Assert.DoesNotContain((await table.ReadRows(hash, unchecked(hash - 1))).Reminders, r => r.GrainId == grainId);

        await grain.UnregisterReminder("pg-reminder");
        Assert.False(await grain.HasReminder("pg-reminder"));
        Assert.Equal(0L, await ScalarAsync<long>(
            "SELECT count(*) FROM OrleansRemindersTable WHERE ServiceId = @service AND ReminderName = 'pg-reminder'",
            ("service", OrleansPostgresCluster.ServiceId)));
    }

    [Fact]
    public async Task A_stale_etag_is_reported_as_an_inconsistent_state()
    {
        var storage = AnySilo().GetRequiredKeyedService<IGrainStorage>(OrleansPostgresCluster.StorageName);
        var grainId = GrainId.Create("pgcounter", "etag-conflict");
        const string stateName = "counter";

        var current = new GrainState<PgCounterState>(new PgCounterState { Count = 1 });
        await storage.WriteStateAsync(stateName, grainId, current);
        Assert.Equal("1", current.ETag);

        // A second "activation" that never read the row must not overwrite it.
        var blind = new GrainState<PgCounterState>(new PgCounterState { Count = 99 });
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(stateName, grainId, blind));

        var stale = new GrainState<PgCounterState>(new PgCounterState { Count = 50 }) { ETag = current.ETag, RecordExists = true };
        current.State!.Count = 2;
        await storage.WriteStateAsync(stateName, grainId, current);
        Assert.Equal("2", current.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(stateName, grainId, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(stateName, grainId, stale));

        var reread = new GrainState<PgCounterState>(new PgCounterState());
        await storage.ReadStateAsync(stateName, grainId, reread);
        Assert.Equal(2, reread.State!.Count);
        Assert.Equal("2", reread.ETag);
    }

    [Fact]
    public async Task Clearing_with_DeleteStateOnClear_removes_the_row_and_the_grain_can_write_again()
    {
        var storage = AnySilo().GetRequiredKeyedService<IGrainStorage>(OrleansPostgresCluster.DeletingStorageName);
        var grainId = GrainId.Create("pgcounter", "delete-on-clear");
        const string stateName = "deleting";

        var state = new GrainState<PgCounterState>(new PgCounterState { Count = 3 });
        await storage.WriteStateAsync(stateName, grainId, state);
        await storage.ClearStateAsync(stateName, grainId, state);

        Assert.False(state.RecordExists);
        Assert.Equal(0L, await ScalarAsync<long>(
            "SELECT count(*) FROM OrleansStorage WHERE ServiceId = @service AND GrainTypeString = @type",
            ("service", OrleansPostgresCluster.ServiceId), ("type", stateName)));

        state.State!.Count = 4;
        await storage.WriteStateAsync(stateName, grainId, state);
        var reread = new GrainState<PgCounterState>(new PgCounterState());
        await storage.ReadStateAsync(stateName, grainId, reread);
        Assert.True(reread.RecordExists);
        Assert.Equal(4, reread.State!.Count);
    }

    private IGrainFactory Factory(SiloHandle silo) =>
        fixture.Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<IGrainFactory>();

    private IServiceProvider AnySilo() => fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.Silos[^1].SiloAddress);

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
