using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Federation;

/// <summary>The durable record of what a peer delivered: a decision taken abroad on this hub's credential lands
/// here for the learner's record and national statistics, exactly once however often it is sent.</summary>
public sealed class PeerInboxGrain(
    [PersistentState("peer-inbox", HubStorage.Name)] IPersistentState<PeerInboxState> state,
    TimeProvider time) : Grain, IPeerInboxGrain
{
    public async Task<InboxReceipt> Accept(string messageId, long sequence, OutboxMessage message)
    {
        if (state.State.Received.TryGetValue(messageId, out var earlier))
        {
            return new InboxReceipt(messageId, Duplicate: true, earlier.ReceivedAt, state.State.HighestContiguousSequence);
        }

        var received = new InboxMessage(messageId, sequence, message, time.GetUtcNow());
        state.State.Received[messageId] = received;
        var sequences = state.State.Received.Values.Select(m => m.Sequence).ToHashSet();
        while (sequences.Contains(state.State.HighestContiguousSequence + 1))
        {
            state.State.HighestContiguousSequence++;
        }

        await state.WriteStateAsync();
        return new InboxReceipt(messageId, Duplicate: false, received.ReceivedAt, state.State.HighestContiguousSequence);
    }

    public Task<IReadOnlyList<InboxMessage>> List(OutboxMessageKind kind) =>
        Task.FromResult<IReadOnlyList<InboxMessage>>(
            [.. state.State.Received.Values.Where(m => m.Message.Kind == kind).OrderBy(m => m.Sequence)]);
}
