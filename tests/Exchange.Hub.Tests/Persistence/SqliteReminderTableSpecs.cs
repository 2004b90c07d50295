using Exchange.Hub.Persistence.Embedded;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Exchange.Hub.Tests.Persistence;

public sealed class SqliteReminderTableSpecs
{
    [Fact]
    public async Task A_reminder_survives_reopening_and_is_found_by_its_hash_range()
    {
        await using var store = new EmbeddedStoreFixture();
        var table = NewTable(store);
        var grain = GrainId.Create("case", "UA-1");
        var hash = grain.GetUniformHashCode();
        var etag = await table.UpsertRow(Entry(grain, "deadline"));

        var reopened = NewTable(store);
        var row = await reopened.ReadRow(grain, "deadline");
        Assert.NotNull(row);
        Assert.Equal(etag, row.ETag);
        Assert.Equal(TimeSpan.FromDays(1), row.Period);
        // Ranges are (begin, end]; one whose begin is above its end wraps around zero.
        Assert.Single((await reopened.ReadRows(unchecked(hash - 1), hash)).Reminders);
        Assert.Empty((await reopened.ReadRows(hash, unchecked(hash + 1))).Reminders);
        Assert.Single((await reopened.ReadRows(unchecked(hash + 1), hash)).Reminders);
        Assert.Empty((await reopened.ReadRows(hash, unchecked(hash - 1))).Reminders);
    }

    [Fact]
    public async Task Removing_with_a_stale_etag_leaves_the_reminder_in_place()
    {
        await using var store = new EmbeddedStoreFixture();
        var table = NewTable(store);
        var grain = GrainId.Create("case", "UA-2");
        var first = await table.UpsertRow(Entry(grain, "deadline"));
        var second = await table.UpsertRow(Entry(grain, "deadline"));

        Assert.NotEqual(first, second);
        Assert.False(await table.RemoveRow(grain, "deadline", first!));
        Assert.True(await table.RemoveRow(grain, "deadline", second!));
        Assert.Null(await table.ReadRow(grain, "deadline"));
    }

    [Fact]
    public async Task Reminder_writes_share_the_state_writers_batches_so_many_at_once_all_become_durable()
    {
        await using var store = new EmbeddedStoreFixture();
        var table = NewTable(store);
        var grains = Enumerable.Range(0, 50).Select(i => GrainId.Create("case", $"UA-{i}")).ToList();

        await Task.WhenAll(grains.SelectMany(g => new Task[]
        {
            table.UpsertRow(Entry(g, "deadline")),
            store.Store.WriteAsync(new StateKey("svc", "case", g.ToString()), null, [1, 2, 3]),
        }));

        foreach (var grain in grains)
        {
            Assert.NotNull(await NewTable(store).ReadRow(grain, "deadline"));
            Assert.Equal(1, store.Store.Read(new StateKey("svc", "case", grain.ToString()))?.Version);
        }
    }

    private static SqliteReminderTable NewTable(EmbeddedStoreFixture store) =>
        new(store.Database, store.Store, Options.Create(new ClusterOptions { ServiceId = "svc", ClusterId = "c" }));

    private static ReminderEntry Entry(GrainId grain, string name) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc),
        Period = TimeSpan.FromDays(1),
    };
}
