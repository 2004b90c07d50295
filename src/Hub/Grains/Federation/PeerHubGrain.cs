using Orleans.Concurrency;
using System.Globalization;
using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Grains.Federation;

/// <summary>
/// The outbox towards one peer. A message is stored before <see cref="EnqueueAsync"/> returns, so nothing a case hands
/// over is lost if the peer, or this hub, is down. Each message is a row of <see cref="IPeerOutbox"/>: queueing one
/// stores one row and never rewrites the backlog; the grain keeps the stored rows in memory, loaded once at activation.
/// Delivery runs in sequence order and stops at the first failure, so the peer never sees message n+1 before n; a
/// message whose acknowledgement was lost is sent again with the same id and sequence and the peer de-duplicates it.
/// Delivery drains in batches: one call to the peer, one grain turn, one (bounded) state write and one row deletion
/// per batch, so cases enqueueing meanwhile wait at most one batch. A reminder wakes the grain after a restart while
/// anything is pending (registered when the outbox turns non-empty, dropped by a tick that finds it empty, so not per
/// message); a timer retries sooner, backing off while the peer stays away. The grain is reentrant so that cases
/// enqueueing while a batch is on its way, or while rows are being stored, are not queued behind it: their messages
/// join the next store.
/// </summary>
[Reentrant]
public sealed partial class PeerHubGrain(
    [PersistentState("peer-hub", HubStorage.Name)] IPersistentState<PeerHubState> state,
    IPeerOutbox outbox,
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

    /// <summary>Stored rows, in sequence order: what delivery takes from.</summary>
    private readonly List<OutboxEntry> _pending = [];

    /// <summary>Every queued message (stored or not yet) by id, for <see cref="EnqueueOnceAsync"/>.</summary>
    private readonly Dictionary<string, OutboxReceipt> _queued = new(StringComparer.Ordinal);

    /// <summary>Queued since the last store began, in sequence order.</summary>
    private List<OutboxEntry> _unstored = [];
    private long _lastSequence;
    private IGrainTimer? _retry;
    private TimeSpan _retryDelay = FirstRetry;
    private bool _reminderRegistered;
    private Task<(int Delivered, bool More)>? _batch;
    private TaskCompletionSource? _nextWrite;
    private bool _writing;

    private string PeerHubId => this.GetPrimaryKeyString();

    private PeerHubState S => state.State;

    private int Backlog => _pending.Count + _unstored.Count;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Pending.Count > 0)
        {
            // An earlier hub kept the backlog in the state: rows first (idempotent), then the state without it.
            await outbox.AppendAsync(PeerHubId, S.Pending);
            S.LastSequence = Math.Max(S.LastSequence, S.Pending[^1].Sequence);
            S.Pending = [];
            await state.WriteStateAsync(cancellationToken);
        }

        _pending.AddRange(await outbox.PendingAsync(PeerHubId));
        _pending.ForEach(e => _queued[e.MessageId] = new OutboxReceipt(e.MessageId, e.Sequence));
        _lastSequence = Math.Max(S.LastSequence, _pending.Count > 0 ? _pending[^1].Sequence : 0);
        if (_pending.Count > 0)
        {
            _reminderRegistered = true;
            ScheduleDelivery(TimeSpan.Zero);
        }
    }

    public Task<OutboxReceipt> EnqueueAsync(OutboxMessage message) =>
        Append(message, sequence => string.Create(CultureInfo.InvariantCulture, $"{hub.Value.HubId}:{PeerHubId}:{sequence:D9}"));

    public Task<OutboxReceipt> EnqueueOnceAsync(string messageId, OutboxMessage message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        if (_queued.TryGetValue(messageId, out var queued))
        {
            // Queued, perhaps by a caller whose store failed: answered once it is stored.
            return StoredAsync(queued);
        }

        var delivered = S.RecentlyDelivered.Find(r => string.Equals(r.MessageId, messageId, StringComparison.Ordinal));
        return delivered is not null ? Task.FromResult(delivered) : Append(message, _ => messageId);
    }

    public Task<OutboxStatus> GetOutboxStatusAsync(CancellationToken cancellationToken)
    {
        var first = _pending.Count > 0 ? _pending[0] : _unstored.FirstOrDefault();
        var lastError = first?.LastError ?? S.Rejected.LastOrDefault()?.LastError;
        return Task.FromResult(new OutboxStatus(PeerHubId, Backlog, S.DeliveredThrough, first?.CreatedAt, lastError, S.RejectedCount));
    }

    public Task WakeAsync(CancellationToken cancellationToken)
    {
        if (Backlog > 0)
        {
            _retryDelay = FirstRetry;
            ScheduleDelivery(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public async Task<int> DeliverPendingAsync()
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
        if (Backlog > 0)
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

        if (Backlog > 0)
        {
            // A message arrived while the wake-up was being dropped.
            await EnsureWakeUpAsync();
        }
    }

    private async Task<OutboxReceipt> Append(OutboxMessage message, Func<long, string> id)
    {
        var sequence = ++_lastSequence;
        var entry = new OutboxEntry(id(sequence), sequence, message, time.GetUtcNow());
        var receipt = new OutboxReceipt(entry.MessageId, sequence);
        _queued[entry.MessageId] = receipt;
        _unstored.Add(entry);
        await SaveAsync();
        await EnsureWakeUpAsync();

        if (_retry is null)
        {
            ScheduleDelivery(Linger);
        }

        return receipt;
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

    /// <summary>Stores every message queued so far. Messages queued while a store is under way share the next one, so
    /// under load the outbox stores once per group of messages, not once per message.</summary>
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
                // Messages queued from here on need the next store.
                _nextWrite = null;
                var rows = _unstored;
                _unstored = [];
                try
                {
                    await outbox.AppendAsync(PeerHubId, rows);
                    // Stores run one after another, each with later sequences: the rows stay in order.
                    _pending.AddRange(rows);
                    covering.SetResult();
                }
                catch (Exception ex)
                {
                    // Kept for the next store, as a state write that failed kept its changes for the next one.
                    _unstored.InsertRange(0, rows);
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
        if (_pending.Count == 0)
        {
            if (_unstored.Count > 0)
            {
                // Left by a store that failed: storing them again comes before sending them.
                await SaveAsync();
                return (0, _pending.Count > 0);
            }

            return (0, false);
        }

        var batch = _pending.GetRange(0, Math.Min(BatchSize, _pending.Count)).ConvertAll(e => e with { Attempts = e.Attempts + 1 });
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
            _pending[0] = batch[0] with { LastError = ex.Message };
            LogDeliveryFailed(logger, batch[0].MessageId, PeerHubId, ex.Message);
            await outbox.UpdateAsync(PeerHubId, _pending[0]);
            return (0, false);
        }

        var delivered = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var sent = batch[i];
            _queued.Remove(sent.MessageId);
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

        _pending.RemoveRange(0, batch.Count);
        if (S.RecentlyDelivered.Count > RememberedDeliveries)
        {
            S.RecentlyDelivered.RemoveRange(0, S.RecentlyDelivered.Count - RememberedDeliveries);
        }

        if (delivered > 0)
        {
            S.LastDeliveredAt = time.GetUtcNow();
        }

        // The state first, holding a sequence at least as high as every row dropped, then the rows: if this hub dies
        // in between, the peer sees repeats, which it ignores, and no sequence is handed out twice.
        S.LastSequence = Math.Max(S.LastSequence, batch[^1].Sequence);
        await state.WriteStateAsync();
        await outbox.RemoveThroughAsync(PeerHubId, batch[^1].Sequence);
        return (delivered, _pending.Count > 0);
    }

    private void ScheduleDelivery(TimeSpan due)
    {
        _retry?.Dispose();
        _retry = this.RegisterGrainTimer(DeliverAndReschedule, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
    }

    private async Task DeliverAndReschedule(CancellationToken cancellation)
    {
        var (delivered, more) = (0, false);
        try
        {
            (delivered, more) = await DeliverBatch();
        }
        finally
        {
            // Even when storing failed (the database away): the timer is what tries again.
            _retry?.Dispose();
            _retry = null;
            Reschedule(delivered, more);
        }
    }

    private void Reschedule(int delivered, bool more)
    {
        if (Backlog == 0)
        {
            _retryDelay = FirstRetry;
            return;
        }

        if (more)
        {
            // Went through: a full batch waiting goes at once (in a new turn); a few messages wait a moment for more.
            _retryDelay = FirstRetry;
            ScheduleDelivery(_pending.Count >= BatchSize ? TimeSpan.Zero : Linger);
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
