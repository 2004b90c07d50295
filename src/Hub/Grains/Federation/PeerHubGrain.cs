using Orleans.Concurrency;
using System.Globalization;
using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Grains.Federation;

/// <summary>
/// The outbox towards one peer. A message is stored before <see cref="Enqueue"/> returns, so nothing a case hands
/// over is lost if the peer, or this hub, is down. Delivery runs in sequence order and stops at the first failure,
/// so the peer never sees message n+1 before n; a message whose acknowledgement was lost is sent again with the
/// same id and sequence and the peer de-duplicates it. Delivery drains in batches: one call to the peer, one grain turn and one state
/// write per batch, so cases enqueueing meanwhile wait at most one batch. A reminder wakes the grain after a
/// restart while anything is pending (registered when the outbox turns non-empty, dropped by a tick that finds it
/// empty, so not per message); a timer
/// retries sooner, backing off while the peer stays away. The grain is reentrant so that cases enqueueing while a
/// batch is on its way, or while a write is under way, are not queued behind it: their messages join the next write.
/// </summary>
[Reentrant]
public sealed partial class PeerHubGrain(
    [PersistentState("peer-hub", HubStorage.Name)] IPersistentState<PeerHubState> state,
    IPeerMessageSender sender,
    IOptions<HubOptions> hub,
    TimeProvider time,
    ILogger<PeerHubGrain> logger) : Grain, IPeerHubGrain, IRemindable
{
    internal const int BatchSize = 128;
    internal const int RememberedDeliveries = 64;
    internal const int KeptRejections = 100;
    private const string WakeUp = "outbox";
    // Delivery is not what anyone waits for; a short pause after the first message lets a batch form, so a busy hub
    // makes one call per group of decisions instead of one per decision.
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    private IGrainTimer? _retry;
    private TimeSpan _retryDelay = FirstRetry;
    private bool _reminderRegistered;
    private Task<(int Delivered, bool More)>? _batch;
    private TaskCompletionSource? _nextWrite;
    private bool _writing;

    private string PeerHubId => this.GetPrimaryKeyString();

    private PeerHubState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Pending.Count > 0)
        {
            _reminderRegistered = true;
            ScheduleDelivery(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public Task<OutboxReceipt> Enqueue(OutboxMessage message) =>
        Append(message, sequence => string.Create(CultureInfo.InvariantCulture, $"{hub.Value.HubId}:{PeerHubId}:{sequence:D9}"));

    public Task<OutboxReceipt> EnqueueOnce(string messageId, OutboxMessage message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var pending = S.Pending.Find(e => string.Equals(e.MessageId, messageId, StringComparison.Ordinal));
        if (pending is not null)
        {
            // Queued, perhaps by a caller whose write failed: answered once it is stored.
            return StoredAsync(new OutboxReceipt(pending.MessageId, pending.Sequence));
        }

        var delivered = S.RecentlyDelivered.Find(r => string.Equals(r.MessageId, messageId, StringComparison.Ordinal));
        return delivered is not null ? Task.FromResult(delivered) : Append(message, _ => messageId);
    }

    public Task<OutboxStatus> GetOutboxStatus()
    {
        var pending = S.Pending;
        var lastError = pending.FirstOrDefault()?.LastError ?? S.Rejected.LastOrDefault()?.LastError;
        return Task.FromResult(new OutboxStatus(
            PeerHubId, pending.Count, S.DeliveredThrough, pending.FirstOrDefault()?.CreatedAt, lastError, S.RejectedCount));
    }

    public Task Wake()
    {
        if (S.Pending.Count > 0)
        {
            _retryDelay = FirstRetry;
            ScheduleDelivery(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public async Task<int> DeliverPending()
    {
        var delivered = 0;
        while (true)
        {
            var (count, more) = await DeliverBatch();
            delivered += count;
            if (!more)
            {
                return delivered;
            }
        }
    }

    /// <summary>The wake-up stays registered while messages keep coming and is dropped on the first tick that finds
    /// nothing pending: under steady traffic that is one reminder change a minute, not two per message.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.Pending.Count > 0)
        {
            _reminderRegistered = true;
            ScheduleDelivery(TimeSpan.Zero);
            return;
        }

        _reminderRegistered = false;
        if (await this.GetReminder(WakeUp) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        if (S.Pending.Count > 0)
        {
            // A message arrived while the wake-up was being dropped.
            await EnsureWakeUpAsync();
        }
    }

    private async Task<OutboxReceipt> Append(OutboxMessage message, Func<long, string> id)
    {
        var sequence = S.LastSequence + 1;
        var entry = new OutboxEntry(id(sequence), sequence, message, time.GetUtcNow());
        S.LastSequence = sequence;
        S.Pending.Add(entry);
        await SaveAsync();
        await EnsureWakeUpAsync();

        if (_retry is null)
        {
            ScheduleDelivery(Linger);
        }

        return new OutboxReceipt(entry.MessageId, sequence);
    }

    /// <summary>One batch at a time: calls interleave in this grain, and two batches would send the same messages.</summary>
    private async Task<(int Delivered, bool More)> DeliverBatch()
    {
        while (_batch is { } running)
        {
            await running;
        }

        _batch = DeliverOneBatch();
        try
        {
            return await _batch;
        }
        finally
        {
            _batch = null;
        }
    }

    /// <summary>Writes the state with every change made so far. Appends that arrive while a write is under way share
    /// the next one, so under load the outbox writes once per group of messages, not once per message.</summary>
    private Task SaveAsync()
    {
        _nextWrite ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = _nextWrite.Task;
        if (!_writing)
        {
            _ = WriteLoopAsync();
        }

        return written;
    }

    private async Task WriteLoopAsync()
    {
        _writing = true;
        try
        {
            while (_nextWrite is { } covering)
            {
                // Changes made from here on need the next write.
                _nextWrite = null;
                try
                {
                    await state.WriteStateAsync();
                    covering.SetResult();
                }
                catch (Exception ex)
                {
                    covering.SetException(ex);
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }

    private async Task EnsureWakeUpAsync()
    {
        if (!_reminderRegistered)
        {
            await this.RegisterOrUpdateReminder(WakeUp, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            _reminderRegistered = true;
        }
    }

    private async Task<OutboxReceipt> StoredAsync(OutboxReceipt receipt)
    {
        await SaveAsync();
        return receipt;
    }

    /// <returns>How many were delivered, and whether delivery should go on right away (a full batch went through).</returns>
    private async Task<(int Delivered, bool More)> DeliverOneBatch()
    {
        var pending = S.Pending;
        if (pending.Count == 0)
        {
            return (0, false);
        }

        var batch = pending.GetRange(0, Math.Min(BatchSize, pending.Count)).ConvertAll(e => e with { Attempts = e.Attempts + 1 });
        IReadOnlyList<PeerDeliveryOutcome> outcomes;
        try
        {
            outcomes = await sender.SendAsync(PeerHubId, batch, CancellationToken.None);
            if (outcomes.Count != batch.Count)
            {
                throw new InvalidOperationException($"{PeerHubId} answered {outcomes.Count} results for {batch.Count} messages.");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing of the batch is known delivered: all of it stays queued, in order, for the next attempt.
            pending[0] = batch[0] with { LastError = ex.Message };
            LogDeliveryFailed(logger, batch[0].MessageId, PeerHubId, ex.Message);
            await SaveAsync();
            return (0, false);
        }

        var delivered = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var sent = batch[i];
            if (outcomes[i].Refusal is { } refusal)
            {
                // The peer answered and refused it: retrying cannot help and must not block the messages behind it.
                S.Rejected.Add(sent with { LastError = refusal });
                S.RejectedCount++;
                if (S.Rejected.Count > KeptRejections)
                {
                    S.Rejected.RemoveAt(0);
                }

                LogRejected(logger, sent.MessageId, PeerHubId, refusal);
                continue;
            }

            S.DeliveredThrough = sent.Sequence;
            S.RecentlyDelivered.Add(new OutboxReceipt(sent.MessageId, sent.Sequence));
            delivered++;
        }

        pending.RemoveRange(0, batch.Count);
        if (S.RecentlyDelivered.Count > RememberedDeliveries)
        {
            S.RecentlyDelivered.RemoveRange(0, S.RecentlyDelivered.Count - RememberedDeliveries);
        }

        if (delivered > 0)
        {
            S.LastDeliveredAt = time.GetUtcNow();
        }

        // Written once for the whole batch: if this hub dies before it, the peer sees repeats, which it ignores.
        await SaveAsync();
        return (delivered, pending.Count > 0);
    }

    private void ScheduleDelivery(TimeSpan due)
    {
        _retry?.Dispose();
        _retry = this.RegisterGrainTimer(DeliverAndReschedule, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
    }

    private async Task DeliverAndReschedule(CancellationToken cancellation)
    {
        var (delivered, more) = await DeliverBatch();
        _retry?.Dispose();
        _retry = null;
        if (S.Pending.Count == 0)
        {
            _retryDelay = FirstRetry;
            return;
        }

        if (more)
        {
            // Went through: a full batch waiting goes at once (in a new turn); a few messages wait a moment for more.
            _retryDelay = FirstRetry;
            ScheduleDelivery(S.Pending.Count >= BatchSize ? TimeSpan.Zero : Linger);
            return;
        }

        if (delivered > 0)
        {
            _retryDelay = FirstRetry;
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
