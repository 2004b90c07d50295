using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Federation;

/// <summary>
/// De-duplicates one sender's stream by sequence. A sender delivers in order and repeats a message only when its
/// acknowledgement was lost, so "at or below the contiguous mark, or among the few received above a gap" is exact.
/// A gap arises only when the sender set a message aside (this hub refused it); after
/// <see cref="MaxAboveGap"/> later messages the gap is closed, since the sender will never fill it.
/// </summary>
public sealed class PeerInboxGrain(
    [PersistentState("peer-inbox", HubStorage.Name)] IPersistentState<PeerInboxState> state,
    TimeProvider time) : Grain, IPeerInboxGrain
{
    internal const int MaxAboveGap = 256;

    private PeerInboxState S => state.State;

    public async Task<IReadOnlyList<InboxReceipt>> AcceptAsync(IReadOnlyList<InboxArrival> arrivals, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var receipts = new List<InboxReceipt>(arrivals.Count);
        var added = false;
        foreach (var arrival in arrivals)
        {
            if (Seen(arrival.Sequence))
            {
                receipts.Add(new InboxReceipt(arrival.MessageId, Duplicate: true, S.LastReceivedAt ?? now, S.HighestContiguousSequence));
                continue;
            }

            var at = S.ReceivedAboveGap.BinarySearch(arrival.Sequence);
            S.ReceivedAboveGap.Insert(~at, arrival.Sequence);
            Compact();
            S.Received++;
            S.LastReceivedAt = now;
            added = true;
            receipts.Add(new InboxReceipt(arrival.MessageId, Duplicate: false, now, S.HighestContiguousSequence));
        }

        if (added)
        {
            await state.WriteStateAsync(CancellationToken.None);
        }

        return receipts;
    }

    public Task<IReadOnlyList<long>> NotYetReceivedAsync(IReadOnlyList<long> sequences, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>([.. sequences.Where(s => !Seen(s))]);

    public Task<InboxStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new InboxStatus(this.GetPrimaryKeyString(), S.Received, S.HighestContiguousSequence, S.LastReceivedAt));

    private bool Seen(long sequence) => sequence <= S.HighestContiguousSequence || S.ReceivedAboveGap.BinarySearch(sequence) >= 0;

    private void Compact()
    {
        var above = S.ReceivedAboveGap;
        if (above.Count > MaxAboveGap)
        {
            S.HighestContiguousSequence = above[0] - 1;
        }

        var taken = 0;
        while (taken < above.Count && above[taken] == S.HighestContiguousSequence + 1)
        {
            S.HighestContiguousSequence++;
            taken++;
        }

        above.RemoveRange(0, taken);
    }
}
