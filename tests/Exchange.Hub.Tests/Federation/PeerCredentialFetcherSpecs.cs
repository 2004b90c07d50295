using System.Threading.Channels;
using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Client;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Tests.Federation;

/// <summary>How a hub groups its credential fetches to one peer: alone when nothing is under way, together while a
/// call is, and what each caller learns when the peer refuses, fails or does not know batches.</summary>
public sealed class PeerCredentialFetcherSpecs
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ScriptedPeer _peer = new();
    private readonly PeerCredentialFetcher _fetcher;

    public PeerCredentialFetcherSpecs() => _fetcher = new PeerCredentialFetcher(_peer, TimeProvider.System);

    [Fact]
    public async Task A_fetch_while_no_call_is_under_way_goes_out_alone_at_once()
    {
        var answer = Fetch("A");

        var call = await _peer.NextCallAsync();
        Assert.Equal(["A"], call.CredentialIds);
        Assert.False(call.Batch);
        call.Answer(Credential("A"));
        Assert.Equal("A", (await answer).Credential?.RevocationStatus.CredentialId);
    }

    [Fact]
    public async Task Fetches_asked_for_while_a_call_is_under_way_go_together_in_one_batch_when_it_ends()
    {
        var first = Fetch("A");
        var alone = await _peer.NextCallAsync();
        var waiting = new[] { Fetch("B"), Fetch("C"), Fetch("D") };
        Assert.False(_peer.HasCallWaiting);

        alone.Answer(Credential("A"));
        var batch = await _peer.NextCallAsync();
        Assert.True(batch.Batch);
        Assert.Equal(["B", "C", "D"], batch.CredentialIds);
        batch.Answer(new ResolveCredentialsResponse
        {
            Results =
            {
                new ResolveCredentialResult { Credential = Credential("B") },
                new ResolveCredentialResult { Refusal = new ResolutionRefusal { Code = (int)StatusCode.PermissionDenied, Reason = "SHARE_CODE_EXPIRED", Detail = "share_code: The share grant is expired." } },
                new ResolveCredentialResult { Credential = Credential("D") },
            },
        });

        Assert.Equal("A", (await first).Credential?.RevocationStatus.CredentialId);
        var (b, c, d) = (await waiting[0], await waiting[1], await waiting[2]);
        Assert.Equal("B", b.Credential?.RevocationStatus.CredentialId);
        Assert.Null(c.Credential);
        Assert.Equal((StatusCode.PermissionDenied, "SHARE_CODE_EXPIRED"), (c.RefusalCode, c.RefusalReason));
        Assert.Equal("D", d.Credential?.RevocationStatus.CredentialId);
        Assert.Equal(2, _peer.CallCount);
    }

    [Fact]
    public async Task A_refusal_answered_as_the_error_of_a_single_fetch_is_that_fetch_s_refusal()
    {
        var answer = Fetch("A");
        (await _peer.NextCallAsync()).Fail(Refusal(StatusCode.NotFound, "CREDENTIAL_NOT_FOUND"));

        var refused = await answer;
        Assert.Null(refused.Credential);
        Assert.Equal((StatusCode.NotFound, "CREDENTIAL_NOT_FOUND"), (refused.RefusalCode, refused.RefusalReason));
    }

    [Fact]
    public async Task When_the_peer_gives_no_answer_to_a_batch_every_fetch_in_it_learns_why()
    {
        var waiting = await FetchesQueuedBehindAFirstOneAsync();

        (await _peer.NextCallAsync()).Fail(new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "peer down")));

        foreach (var fetch in waiting)
        {
            Assert.Equal(StatusCode.Unavailable, (await Assert.ThrowsAsync<RpcException>(() => fetch)).StatusCode);
        }
    }

    [Fact]
    public async Task When_the_peer_refuses_a_batch_as_a_whole_every_fetch_in_it_is_refused_so()
    {
        var waiting = await FetchesQueuedBehindAFirstOneAsync();

        (await _peer.NextCallAsync()).Fail(Refusal(StatusCode.PermissionDenied, "UNKNOWN_KEY"));

        foreach (var refused in await Task.WhenAll(waiting))
        {
            Assert.Null(refused.Credential);
            Assert.Equal((StatusCode.PermissionDenied, "UNKNOWN_KEY"), (refused.RefusalCode, refused.RefusalReason));
        }
    }

    [Fact]
    public async Task A_peer_that_does_not_know_batches_gets_the_waiting_fetches_one_by_one()
    {
        var waiting = await FetchesQueuedBehindAFirstOneAsync();

        (await _peer.NextCallAsync()).Fail(new RpcException(new Grpc.Core.Status(StatusCode.Unimplemented, "unknown method")));
        var singles = new[] { await _peer.NextCallAsync(), await _peer.NextCallAsync() };
        Assert.All(singles, s => Assert.False(s.Batch));
        Assert.Equal(["B", "C"], singles.SelectMany(s => s.CredentialIds).Order());
        foreach (var single in singles)
        {
            single.Answer(Credential(single.CredentialIds[0]));
        }

        Assert.Equal(["B", "C"], (await Task.WhenAll(waiting)).Select(f => f.Credential?.RevocationStatus.CredentialId));
    }

    [Fact]
    public async Task A_caller_who_stops_waiting_is_left_out_of_the_batch_and_the_others_get_their_answers()
    {
        var first = Fetch("A");
        var alone = await _peer.NextCallAsync();
        using var gaveUp = new CancellationTokenSource();
        var abandoned = Fetch("B", gaveUp.Token);
        var kept = new[] { Fetch("C"), Fetch("D") };
        await gaveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        alone.Answer(Credential("A"));
        await first;
        var batch = await _peer.NextCallAsync();
        Assert.Equal(["C", "D"], batch.CredentialIds);
        batch.Answer(new ResolveCredentialsResponse { Results = { new ResolveCredentialResult { Credential = Credential("C") }, new ResolveCredentialResult { Credential = Credential("D") } } });

        Assert.Equal(["C", "D"], (await Task.WhenAll(kept)).Select(f => f.Credential?.RevocationStatus.CredentialId));
    }

    /// <summary>Fetches of B and C that arrived while A was on its way alone; A is answered, so B and C go next, together.</summary>
    private async Task<Task<CredentialFetch>[]> FetchesQueuedBehindAFirstOneAsync()
    {
        var first = Fetch("A");
        var alone = await _peer.NextCallAsync();
        var waiting = new[] { Fetch("B"), Fetch("C") };
        alone.Answer(Credential("A"));
        await first;
        return waiting;
    }

    private Task<CredentialFetch> Fetch(string credentialId, CancellationToken cancellationToken = default) =>
        _fetcher.FetchAsync("hub-ua", new ResolveCredentialRequest { CredentialId = credentialId, ShareCode = "code-" + credentialId }, cancellationToken).WaitAsync(Patience, CancellationToken.None);

    private static ResolveCredentialResponse Credential(string id) => new()
    {
        Envelope = new Envelope(),
        RevocationStatus = new RevocationStatus { CredentialId = id, AsOf = Timestamp.FromDateTime(DateTime.UtcNow) },
    };

    private static RpcException Refusal(StatusCode code, string reason)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = reason };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = reason }));
        return status.ToRpcException();
    }

    /// <summary>A peer whose every call waits until the spec answers it.</summary>
    private sealed class ScriptedPeer : IPeerCredentialCalls
    {
        private readonly Channel<Call> _calls = Channel.CreateUnbounded<Call>();
        private int _count;

        public int CallCount => Volatile.Read(ref _count);

        public bool HasCallWaiting => _calls.Reader.TryPeek(out _);

        public async Task<Call> NextCallAsync() => await _calls.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        public async Task<ResolveCredentialResponse> ResolveAsync(string peerHubId, ResolveCredentialRequest request, CancellationToken cancellationToken) =>
            (ResolveCredentialResponse)await Enqueue(false, [request.CredentialId]);

        public async Task<ResolveCredentialsResponse> ResolveManyAsync(string peerHubId, ResolveCredentialsRequest request, CancellationToken cancellationToken) =>
            (ResolveCredentialsResponse)await Enqueue(true, [.. request.Requests.Select(r => r.CredentialId)]);

        private Task<object> Enqueue(bool batch, string[] ids)
        {
            Interlocked.Increment(ref _count);
            var call = new Call(batch, ids);
            _calls.Writer.TryWrite(call);
            return call.Answered.Task;
        }
    }

    private sealed record Call(bool Batch, string[] CredentialIds)
    {
        public TaskCompletionSource<object> Answered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Answer(object response) => Answered.SetResult(response);

        public void Fail(Exception error) => Answered.SetException(error);
    }
}
