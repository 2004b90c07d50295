namespace Exchange.Hub.Grains.Publishing;

/// <summary>One published status list (key: <c>{family}/{number}</c>, e.g. "credentials/1"): the positions set in it.</summary>
[Alias("exchange.IStatusListGrain")]
public interface IStatusListGrain : IGrainWithStringKey
{
    /// <summary>Sets the position (revoked / superseded), persisted before this returns; setting it again changes nothing.</summary>
    [Alias("Set")]
    Task SetAsync(int position, CancellationToken cancellationToken = default);

    [Alias("Get")]
    Task<StatusListSnapshot> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>The list as stored: its version (raised by every change, so an equal version means equal bits) and its set
/// positions in ascending order.</summary>
[GenerateSerializer, Immutable, Alias("exchange.StatusListSnapshot")]
public sealed record StatusListSnapshot([property: Id(0)] long Version, [property: Id(1)] IReadOnlyList<int> Positions);
