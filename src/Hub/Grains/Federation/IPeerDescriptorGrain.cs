namespace Exchange.Hub.Grains.Federation;

/// <summary>The signed descriptors this hub accepted from one peer (key: the peer's hub id), oldest first, so a
/// restarted hub can replay them over the federation file's pins: each must still chain from the keys pinned or
/// accepted before it.</summary>
[Alias("exchange.IPeerDescriptorGrain")]
public interface IPeerDescriptorGrain : IGrainWithStringKey
{
    /// <summary>Appends an accepted descriptor (the signed bytes as presented) unless one with this or a higher
    /// sequence is already kept.</summary>
    [Alias("Keep")]
    Task KeepAsync(long sequence, byte[] signedDescriptor);

    /// <summary>The kept descriptors, oldest first.</summary>
    [Alias("Accepted")]
    Task<IReadOnlyList<byte[]>> AcceptedAsync();
}

[GenerateSerializer, Alias("exchange.PeerDescriptorState")]
public sealed class PeerDescriptorState
{
    [Id(0)]
    public long Sequence { get; set; }

    /// <summary>Every accepted descriptor in order: rotations are rare, and dropping an early one would break the
    /// chain from the pinned key to the newest.</summary>
    [Id(1)]
    public List<byte[]> Chain { get; set; } = [];
}
