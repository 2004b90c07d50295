using System.Globalization;
using Orleans.Storage;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>Orleans grain storage over <see cref="SqliteStateStore"/>; the row version is the state's ETag. A state
/// with an <see cref="ISqliteStateProjection"/> has its projected row written in the same transaction.</summary>
internal sealed class SqliteGrainStorage(string serviceId, SqliteStateStore store, StatePayloadSerializer serializer, IEnumerable<ISqliteStateProjection> projections)
    : IGrainStorage
{
    private readonly Dictionary<string, ISqliteStateProjection> _projections = projections.ToDictionary(p => p.StateName, StringComparer.Ordinal);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var stored = store.Read(Key(stateName, grainId));
        if (stored is null)
        {
            return Task.CompletedTask;
        }

        grainState.ETag = stored.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = stored.Payload is not null;
        if (stored.Payload is not null)
        {
            grainState.State = serializer.Deserialize<T>(stored.Payload);
        }

        return Task.CompletedTask;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var state = grainState.State;
        var payload = serializer.Serialize(state);
        var row = _projections.TryGetValue(stateName, out var projection) && state is not null ? projection.RowFor(state) : null;
        var version = await Store(stateName, grainId, grainState.ETag, payload, row);
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.ETag is null)
        {
            return;
        }

        // Like the ADO.NET provider: the row stays with an empty payload and a new version, so a stale activation
        // that still holds the old ETag cannot resurrect the state.
        var version = await Store(stateName, grainId, grainState.ETag, payload: null);
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = false;
    }

    private async Task<long> Store(string stateName, GrainId grainId, string? etag, byte[]? payload, Func<WriterCommands, Microsoft.Data.Sqlite.SqliteCommand>? alongside = null)
    {
        long? expected = etag is null ? null : long.Parse(etag, CultureInfo.InvariantCulture);
        try
        {
            return await store.WriteAsync(Key(stateName, grainId), expected, payload, alongside);
        }
        catch (VersionConflictException ex)
        {
            throw new InconsistentStateException(ex.Message, etag ?? "none", "unknown", ex);
        }
    }

    private StateKey Key(string stateName, GrainId grainId) => new(serviceId, stateName, grainId.ToString());
}
