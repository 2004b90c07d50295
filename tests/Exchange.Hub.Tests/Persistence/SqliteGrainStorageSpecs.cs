using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Exchange.Hub.Tests.Persistence;

public sealed class SqliteGrainStorageSpecs
{
    private static readonly GrainId Case = GrainId.Create("case", "UA-2026-000001");

    [Fact]
    public async Task A_written_state_is_read_back_with_its_version_after_the_store_is_reopened()
    {
        string folder;
        await using (var first = new EmbeddedStoreFixture())
        {
            folder = first.Folder;
            var state = new GrainState<List<string>>(["received", "verified"]);
            await first.Storage.WriteStateAsync("case", Case, state);
            Assert.Equal("1", state.ETag);
        }

        await using var reopened = new EmbeddedStoreFixture(folder);
        var read = new GrainState<List<string>>([]);
        await reopened.Storage.ReadStateAsync("case", Case, read);
        Assert.Equal(["received", "verified"], read.State);
        Assert.Equal("1", read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task A_write_with_a_stale_version_is_refused_as_inconsistent_state()
    {
        await using var store = new EmbeddedStoreFixture();
        var winner = new GrainState<List<string>>(["a"]);
        await store.Storage.WriteStateAsync("case", Case, winner);
        var stale = new GrainState<List<string>>(["b"]) { ETag = winner.ETag };
        await store.Storage.WriteStateAsync("case", Case, winner);

        await Assert.ThrowsAsync<InconsistentStateException>(() => store.Storage.WriteStateAsync("case", Case, stale));
    }

    [Fact]
    public async Task A_first_write_over_an_existing_row_is_refused_so_two_activations_cannot_both_create_it()
    {
        await using var store = new EmbeddedStoreFixture();
        await store.Storage.WriteStateAsync("case", Case, new GrainState<List<string>>(["a"]));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => store.Storage.WriteStateAsync("case", Case, new GrainState<List<string>>(["b"])));
    }

    [Fact]
    public async Task Clearing_keeps_a_newer_version_so_a_stale_writer_cannot_resurrect_the_state()
    {
        await using var store = new EmbeddedStoreFixture();
        var state = new GrainState<List<string>>(["a"]);
        await store.Storage.WriteStateAsync("case", Case, state);
        var stale = new GrainState<List<string>>(["old"]) { ETag = state.ETag };
        await store.Storage.ClearStateAsync("case", Case, state);

        var read = new GrainState<List<string>>([]);
        await store.Storage.ReadStateAsync("case", Case, read);
        Assert.False(read.RecordExists);
        Assert.Equal("2", read.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => store.Storage.WriteStateAsync("case", Case, stale));
    }

    [Fact]
    public async Task Concurrent_writes_of_many_grains_are_all_durable_and_a_conflict_fails_only_its_own_write()
    {
        await using var store = new EmbeddedStoreFixture();
        var ids = Enumerable.Range(0, 300).Select(i => GrainId.Create("case", $"UA-{i}")).ToArray();
        var conflicting = new GrainState<List<string>>(["x"]);
        await store.Storage.WriteStateAsync("case", ids[0], conflicting);

        var writes = ids.Skip(1).Select(id => store.Storage.WriteStateAsync("case", id, new GrainState<List<string>>([id.ToString()])))
            .Append(store.Storage.WriteStateAsync("case", ids[0], new GrainState<List<string>>(["y"])))
            .ToArray();
        await Assert.ThrowsAsync<InconsistentStateException>(() => Task.WhenAll(writes));

        Assert.Equal(299, writes.Count(w => w.IsCompletedSuccessfully));
        foreach (var id in ids.Skip(1))
        {
            var read = new GrainState<List<string>>([]);
            await store.Storage.ReadStateAsync("case", id, read);
            Assert.Equal([id.ToString()], read.State);
        }
    }
}
