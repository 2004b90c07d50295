using System.Collections.Concurrent;
using Exchange.Contracts.V1;
using Grpc.Core;

namespace Exchange.Hub.Federation.Client;

/// <summary>
/// Fetches credentials from peer hubs with learners' share codes. A fetch that finds no call to its peer under way
/// goes out at once, alone, in its caller's flow (<c>ResolveCredential</c>); fetches asked for while a call to that
/// peer is under way wait for it and then go together in one <c>ResolveCredentials</c> call of up to 256: one
/// signature and one authentication at the peer for all of them, one round trip, and nothing added to the wait of a
/// hub that is not busy. One call per peer is under way at a time, bounded by the peer's resilience pipeline (attempt
/// timeout, retries, circuit breaker). A peer that does not know <c>ResolveCredentials</c> yet (UNIMPLEMENTED) gets
/// the waiting fetches one by one, side by side, for a while.
/// </summary>
public sealed class PeerCredentialFetcher(IPeerCredentialCalls calls, TimeProvider time)
{
    public const int MaxBatch = 256;
    private static readonly TimeSpan SingleFetchesFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, PeerQueue> _queues = new(StringComparer.Ordinal);

    /// <returns>The peer's answer: the credential or its refusal.</returns>
    /// <exception cref="Exception">What the peer call threw when the peer gave no answer (unreachable, circuit open,
    /// cancelled).</exception>
    public async Task<CredentialFetch> FetchAsync(string peerHubId, ResolveCredentialRequest request, CancellationToken cancellationToken)
    {
        var queue = _queues.GetOrAdd(peerHubId, id => new PeerQueue(id));
        var waiting = queue.Join(request, cancellationToken);
        if (waiting is not null)
        {
            return await waiting.Answer.Task.WaitAsync(cancellationToken);
        }

        try
        {
            return await FetchOneAsync(peerHubId, request, cancellationToken);
        }
        finally
        {
            if (queue.HasWaiting())
            {
                // Off the caller's scheduler (a grain's): the batches that follow serve other callers.
                ThreadPool.UnsafeQueueUserWorkItem(static q => _ = q.Fetcher.SendWaitingAsync(q.Queue), (Fetcher: this, Queue: queue), preferLocal: false);
            }
        }
    }

    private async Task<CredentialFetch> FetchOneAsync(string peerHubId, ResolveCredentialRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return CredentialFetch.Of(await calls.ResolveAsync(peerHubId, request, cancellationToken));
        }
        catch (RpcException refused) when (!Resilience.TransientPeerFailure.IsTransient(refused) && !cancellationToken.IsCancellationRequested)
        {
            return CredentialFetch.Refused(refused);
        }
    }

    private async Task SendWaitingAsync(PeerQueue queue)
    {
        while (queue.TakeBatch(MaxBatch) is { Count: > 0 } batch)
        {
            await SendBatchAsync(queue, batch).ConfigureAwait(false);
        }
    }

    private async Task SendBatchAsync(PeerQueue queue, List<PendingFetch> batch)
    {
        using var allGaveUp = new CancellationTokenSource();
        var stillWaiting = batch.Count;
        var registrations = batch.Select(p => p.CancellationToken.Register(() =>
        {
            if (Interlocked.Decrement(ref stillWaiting) == 0)
            {
                allGaveUp.Cancel();
            }
        })).ToList();
        try
        {
            if (batch.Count == 1 || queue.SingleFetchesUntil > time.GetUtcNow())
            {
                await FetchEachAsync(queue.PeerHubId, batch).ConfigureAwait(false);
                return;
            }

            var request = new ResolveCredentialsRequest();
            request.Requests.AddRange(batch.Select(p => p.Request));
            ResolveCredentialsResponse response;
            try
            {
                response = await calls.ResolveManyAsync(queue.PeerHubId, request, allGaveUp.Token).ConfigureAwait(false);
            }
            catch (RpcException old) when (old.StatusCode == StatusCode.Unimplemented)
            {
                queue.SingleFetchesUntil = time.GetUtcNow() + SingleFetchesFor;
                await FetchEachAsync(queue.PeerHubId, batch).ConfigureAwait(false);
                return;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Answer.TrySetResult(i < response.Results.Count
                    ? CredentialFetch.From(response.Results[i])
                    : CredentialFetch.Refused(StatusCode.Unknown, "NO_RESULT", $"Hub {queue.PeerHubId} answered {response.Results.Count} results for {batch.Count} fetches."));
            }
        }
        catch (RpcException refused) when (!Resilience.TransientPeerFailure.IsTransient(refused) && !allGaveUp.IsCancellationRequested)
        {
            // The peer refused the call itself (say, it does not trust this hub's key): each fetch is refused so, as a
            // fetch of its own would have been.
            var answer = CredentialFetch.Refused(refused);
            foreach (var pending in batch)
            {
                pending.Answer.TrySetResult(answer);
            }
        }
        catch (Exception failed)
        {
            // No answer from the peer: every fetch of the batch learns why, as a fetch of its own would have.
            foreach (var pending in batch)
            {
                pending.Answer.TrySetException(failed);
            }
        }
        finally
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }

    /// <summary>The batch's fetches as single calls, side by side, each answered with its own outcome.</summary>
    private Task FetchEachAsync(string peerHubId, List<PendingFetch> batch) =>
        Task.WhenAll(batch.Select(p => AnswerAsync(p, FetchOneAsync(peerHubId, p.Request, p.CancellationToken))));

    private static async Task AnswerAsync(PendingFetch pending, Task<CredentialFetch> fetch)
    {
        try
        {
            pending.Answer.TrySetResult(await fetch.ConfigureAwait(false));
        }
        catch (Exception failed)
        {
            pending.Answer.TrySetException(failed);
        }
    }

    /// <summary>The fetches waiting for one peer, and whether a call to it is under way.</summary>
    private sealed class PeerQueue(string peerHubId)
    {
        private readonly Lock _gate = new();
        private readonly List<PendingFetch> _waiting = [];
        private bool _calling;

        public string PeerHubId { get; } = peerHubId;

        public DateTimeOffset SingleFetchesUntil { get; set; } = DateTimeOffset.MinValue;

        /// <returns>null when no call was under way: the caller fetches at once, and the queue is now calling;
        /// otherwise the caller's place in the queue.</returns>
        public PendingFetch? Join(ResolveCredentialRequest request, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (!_calling)
                {
                    _calling = true;
                    return null;
                }

                var pending = new PendingFetch(request, cancellationToken);
                _waiting.Add(pending);
                return pending;
            }
        }

        /// <summary>Called when a call ends: true when fetches wait (the queue stays calling, for them); otherwise the
        /// queue is idle again.</summary>
        public bool HasWaiting()
        {
            lock (_gate)
            {
                _calling = _waiting.Count > 0;
                return _calling;
            }
        }

        /// <summary>The next batch of fetches whose callers still wait; empty (and the queue idle) when none is left.</summary>
        public List<PendingFetch> TakeBatch(int max)
        {
            lock (_gate)
            {
                var batch = new List<PendingFetch>(Math.Min(max, _waiting.Count));
                var taken = 0;
                while (taken < _waiting.Count && batch.Count < max)
                {
                    var pending = _waiting[taken++];
                    if (pending.CancellationToken.IsCancellationRequested)
                    {
                        pending.Answer.TrySetCanceled(pending.CancellationToken);
                    }
                    else
                    {
                        batch.Add(pending);
                    }
                }

                _waiting.RemoveRange(0, taken);
                _calling = batch.Count > 0;
                return batch;
            }
        }
    }

    private sealed record PendingFetch(ResolveCredentialRequest Request, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<CredentialFetch> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
