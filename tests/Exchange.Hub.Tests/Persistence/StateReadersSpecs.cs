using Exchange.Hub.Persistence.Embedded;

namespace Exchange.Hub.Tests.Persistence;

public sealed class StateReadersSpecs
{
    private static StateKey Key(string grainId) => new("svc", "case", grainId);

    [Fact]
    public async Task A_reader_lent_again_sees_what_was_written_since_its_last_read()
    {
        await using var store = new EmbeddedStoreFixture();
        var version = await store.Store.WriteAsync(Key("a"), null, [1]);
        Assert.Equal(new byte[] { 1 }, store.Store.Read(Key("a"))!.Payload);

        await store.Store.WriteAsync(Key("a"), version, [2]);
        await store.Store.WriteAsync(Key("b"), null, [3]);

        var again = store.Store.Read(Key("a"))!;
        Assert.Equal(2, again.Version);
        Assert.Equal(new byte[] { 2 }, again.Payload);
        Assert.Equal(new byte[] { 3 }, store.Store.Read(Key("b"))!.Payload);
        Assert.Null(store.Store.Read(Key("never written")));
    }

    [Fact]
    public async Task Reads_side_by_side_with_each_other_and_the_writer_each_get_their_own_row()
    {
        await using var store = new EmbeddedStoreFixture();
        var ids = Enumerable.Range(0, 64).Select(i => $"case-{i}").ToArray();
        await Task.WhenAll(ids.Select((id, i) => store.Store.WriteAsync(Key(id), null, [(byte)i])));

        // More readers at once than are kept idle, while the writer keeps committing.
        var writing = Task.WhenAll(Enumerable.Range(0, 200).Select(i => store.Store.WriteAsync(Key($"other-{i}"), null, [0])));
        var reads = await Task.WhenAll(ids.Select((id, i) => Task.Run(() => (Expected: (byte)i, Read: store.Store.Read(Key(id))))));
        await writing;

        Assert.All(reads, r => Assert.Equal(new[] { r.Expected }, r.Read!.Payload));
        Assert.True(ids.Length > StateReaders.KeptIdle);
    }
}
