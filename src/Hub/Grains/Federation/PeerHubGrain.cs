using System.Globalization;
using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Grains.Federation;

/// <summary>
/// The outbox towards one peer. A message is stored before <see cref="Enqueue"/> returns, so nothing a case hands
/// over is lost if the peer, or this hub, is down. Delivery runs in sequence order and stops at the first failure,
/// so the peer never sees message n+1 before n; a message whose acknowledgement was lost is sent again with the
/// same id and the peer de-duplicates it. A reminder wakes the grain after a restart while anything is pending;
/// a timer retries sooner, backing off while the peer stays away.
/// </summary>
public sealed partial class PeerHubGrain(
    [PersistentState("peer-hub", HubStorage.Name)] IPersistentState<PeerHubState> state,
    IPeerMessageSender sender,
    IOptions<HubOptions> hub,
    TimeProvider time,
    ILogger<PeerHubGrain> logger) : Grain, IPeerHubGrain, IRemindable
{
    private const string WakeUp = "outbox";
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    private IGrainTimer? _retry;
    private TimeSpan _retryDelay = FirstRetry;

    private string PeerHubId => this.GetPrimaryKeyString();

    public async Task<OutboxReceipt> Enqueue(OutboxMessage message)
    {
        var wasIdle = state.State.Pending.Count == 0;
        var sequence = state.State.LastSequence + 1;
        var id = string.Create(CultureInfo.InvariantCulture, $"{hub.Value.HubId}:{PeerHubId}:{sequence:D9}");
        state.State.LastSequence = sequence;
        state.State.Pending.Add(new OutboxEntry(id, sequence, message, time.GetUtcNow()));
        await state.WriteStateAsync();
        if (wasIdle)
        {
            await this.RegisterOrUpdateReminder(WakeUp, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        }

        ScheduleDelivery(TimeSpan.Zero);
        return new OutboxReceipt(id, sequence);
    }

    public Task<OutboxStatus> GetOutboxStatus()
    {
        var pending = state.State.Pending;
        return Task.FromResult(new OutboxStatus(
            PeerHubId, pending.Count, state.State.DeliveredThrough, pending.FirstOrDefault()?.CreatedAt, pending.FirstOrDefault()?.LastError,
            state.State.Rejected.Count));
    }

    public async Task<int> DeliverPending()
    {
        var delivered = 0;
        var changed = false;
        var pending = state.State.Pending;
        while (pending.Count > 0)
        {
            var next = pending[0] with { Attempts = pending[0].Attempts + 1 };
            try
            {
                await sender.SendAsync(PeerHubId, next, CancellationToken.None);
            }
            catch (PeerRejectedMessageException rejected)
            {
                // The peer answered and refused it: retrying cannot help and must not block the messages behind it.
                pending.RemoveAt(0);
                state.State.Rejected.Add(next with { LastError = rejected.Message });
                changed = true;
                LogRejected(logger, next.MessageId, PeerHubId, rejected.Message);
                continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                pending[0] = next with { LastError = ex.Message };
                LogDeliveryFailed(logger, next.MessageId, PeerHubId, ex.Message);
                await state.WriteStateAsync();
                return delivered;
            }

            pending.RemoveAt(0);
            state.State.DeliveredThrough = next.Sequence;
            delivered++;
            changed = true;
        }

        if (changed)
        {
            // Written once for the whole run: if this hub dies before it, the peer sees repeats, which it ignores.
            await state.WriteStateAsync();
        }

        if (pending.Count == 0 && await this.GetReminder(WakeUp) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        return delivered;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ScheduleDelivery(TimeSpan.Zero);
        return Task.CompletedTask;
    }

    private void ScheduleDelivery(TimeSpan due)
    {
        _retry?.Dispose();
        _retry = this.RegisterGrainTimer(DeliverAndReschedule, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
    }

    private async Task DeliverAndReschedule(CancellationToken cancellation)
    {
        await DeliverPending();
        if (state.State.Pending.Count == 0)
        {
            _retryDelay = FirstRetry;
            return;
        }

        ScheduleDelivery(_retryDelay);
        _retryDelay = TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, LongestRetry.Ticks));
    }

    [LoggerMessage(EventId = 3001, EventName = "OutboxMessageRejected", Level = LogLevel.Error,
        Message = "Peer {PeerHubId} refused message {MessageId}: {Error}")]
    private static partial void LogRejected(ILogger logger, string messageId, string peerHubId, string error);

    [LoggerMessage(EventId = 3000, EventName = "OutboxDeliveryFailed", Level = LogLevel.Warning,
        Message = "Message {MessageId} to {PeerHubId} not delivered yet: {Error}")]
    private static partial void LogDeliveryFailed(ILogger logger, string messageId, string peerHubId, string error);
}
