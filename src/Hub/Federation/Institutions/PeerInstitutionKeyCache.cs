using System.Collections.Concurrent;
using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Grpc.Core;
using Polly.CircuitBreaker;

namespace Exchange.Hub.Federation.Institutions;

/// <summary>The keys to check an institution signature with, or why they could not be had.</summary>
public sealed record InstitutionKeysLookup(PeerInstitutionKeys? Keys, string? Unavailable);

/// <summary>An outside issuer found in a peer's signed list, with the list that names it (its keys and QA).</summary>
public sealed record PeerOutsideIssuerLookup(PeerInstitutionKeys Keys, PeerOutsideIssuer Issuer);

/// <summary>
/// Each peer's verified institution key list, held until its <c>fresh_until</c>. Fetched again when stale, when an
/// envelope names an institution key the list lacks (at once when the envelope was issued after the held list was
/// produced — the list is simply older than the credential; otherwise at most once per
/// <see cref="MissRefetchInterval"/> per peer, so a stream of envelopes with bogus key ids cannot turn into a
/// stream of calls), and after
/// <see cref="Invalidate"/> (a revocation notice named revoked institution keys). The highest accepted sequence
/// is kept across invalidations, so an older list is never accepted again. Concurrent requests for the same peer
/// share one fetch. A list that cannot be fetched or is refused makes the lookup unavailable, never an exception.
/// Not a general-purpose cache (it stays off <c>MemoryCache</c>): like the replay guard, an entry must never be
/// forgotten, because it carries the peer's highest accepted sequence; it holds one entry per pinned peer only.
/// </summary>
public sealed partial class PeerInstitutionKeyCache(PeerDirectory peers, PeerClients clients, TimeProvider time, ILogger<PeerInstitutionKeyCache> logger)
{
    /// <summary>How soon an envelope naming an unknown institution key may cause another fetch of the same peer's list.</summary>
    public static readonly TimeSpan MissRefetchInterval = TimeSpan.FromSeconds(10);

    /// <summary>A list whose fresh_until is already past (clock skew) is still used this long, so it is not fetched per request.</summary>
    private static readonly TimeSpan MinimumFreshness = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, PeerEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>The peer's keys, fresh, and containing <paramref name="institutionKeyId"/> if the peer publishes it.
    /// <paramref name="issuedAt"/> is when the envelope naming the key says it was issued.</summary>
    public async Task<InstitutionKeysLookup> GetAsync(
        string peerHubId, string institutionId, string institutionKeyId, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        if (peers.Find(peerHubId) is null)
        {
            // Checked before an entry is made, so hub ids from unknown callers cannot grow the cache.
            return NotPinned(peerHubId);
        }

        var entry = _entries.GetOrAdd(peerHubId, _ => new PeerEntry());
        var requestedAt = time.GetUtcNow();
        if (Usable(entry, institutionId, institutionKeyId, requestedAt) is { } cached)
        {
            return new InstitutionKeysLookup(cached, null);
        }

        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have fetched while this one waited.
            if (entry.FetchedAt >= requestedAt && Usable(entry, institutionId, institutionKeyId, time.GetUtcNow()) is { } fetched)
            {
                return new InstitutionKeysLookup(fetched, null);
            }

            if (entry.Keys is { } held && !entry.Invalidated && held.FreshUntil > time.GetUtcNow()
                && !held.HasKey(institutionId, institutionKeyId) && time.GetUtcNow() - entry.LastMissFetch < MissRefetchInterval
                && !(issuedAt > held.IssuedAt && issuedAt <= time.GetUtcNow()))
            {
                // Fetched for a missing key moments ago, and the credential is not newer than that list: the peer
                // does not publish the key. (A credential issued after the list was produced may use a key
                // registered since, so it is always worth one fetch; a future issue time never is.)
                return new InstitutionKeysLookup(held, null);
            }

            return await FetchAsync(peerHubId, entry, institutionId, institutionKeyId, forEnvelopeKey: true, cancellationToken);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>
    /// The first pinned peer (by hub id) whose signed institution list names <paramref name="issuerId"/> as an outside
    /// issuer, or null. A held fresh list that lacks the id is fetched again at most once per
    /// <see cref="MissRefetchInterval"/> per peer (an issuer registered there since), so documents naming unknown
    /// issuers cannot turn into a stream of calls; a peer that cannot be reached is passed over.
    /// </summary>
    public async Task<PeerOutsideIssuerLookup?> FindOutsideIssuerAsync(string issuerId, CancellationToken cancellationToken)
    {
        foreach (var peer in peers.All.OrderBy(p => p.HubId, StringComparer.Ordinal))
        {
            if (await OutsideIssuerListAsync(peer.HubId, issuerId, cancellationToken) is { } keys && keys.OutsideIssuer(issuerId) is { } issuer)
            {
                return new PeerOutsideIssuerLookup(keys, issuer);
            }
        }

        return null;
    }

    private async Task<PeerInstitutionKeys?> OutsideIssuerListAsync(string peerHubId, string issuerId, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(peerHubId, _ => new PeerEntry());
        var requestedAt = time.GetUtcNow();
        if (HeldForOutsideIssuer(entry, issuerId, requestedAt, requestedAt) is { } held)
        {
            return held;
        }

        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            if (HeldForOutsideIssuer(entry, issuerId, requestedAt, time.GetUtcNow()) is { } again)
            {
                return again;
            }

            var lookup = await FetchAsync(peerHubId, entry, "", "", forEnvelopeKey: false, cancellationToken);
            if (lookup.Keys is { } keys && keys.OutsideIssuer(issuerId) is null)
            {
                entry.LastOutsideMissFetch = time.GetUtcNow();
            }

            return lookup.Keys;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>The held list when it answers for the issuer: fresh, and naming it, or fetched since the request came
    /// in, or missing it while the last miss fetch is recent.</summary>
    private static PeerInstitutionKeys? HeldForOutsideIssuer(PeerEntry entry, string issuerId, DateTimeOffset requestedAt, DateTimeOffset now) =>
        entry.Keys is { } keys && !entry.Invalidated && keys.FreshUntil > now
        && (keys.OutsideIssuer(issuerId) is not null || entry.FetchedAt >= requestedAt || now - entry.LastOutsideMissFetch < MissRefetchInterval)
            ? keys
            : null;

    /// <summary>Makes the next lookup for the peer fetch its list again (the highest accepted sequence is kept).</summary>
    public void Invalidate(string peerHubId)
    {
        if (_entries.TryGetValue(peerHubId, out var entry))
        {
            entry.Invalidate();
        }
    }

    private static InstitutionKeysLookup NotPinned(string peerHubId) =>
        new(null, $"Hub {peerHubId} is not a pinned peer of this hub.");

    private static PeerInstitutionKeys? Usable(PeerEntry entry, string institutionId, string keyId, DateTimeOffset now) =>
        entry.Keys is { } keys && !entry.Invalidated && keys.FreshUntil > now && keys.HasKey(institutionId, keyId) ? keys : null;

    private async Task<InstitutionKeysLookup> FetchAsync(
        string peerHubId, PeerEntry entry, string institutionId, string keyId, bool forEnvelopeKey, CancellationToken cancellationToken)
    {
        var peer = peers.Find(peerHubId);
        if (peer is null)
        {
            return NotPinned(peerHubId);
        }

        if (forEnvelopeKey && entry.Keys is not null && !entry.Invalidated)
        {
            entry.LastMissFetch = time.GetUtcNow();
        }

        var generation = entry.Generation;
        SignedInstitutionKeyList signed;
        try
        {
            var request = new GetInstitutionKeysRequest { KnownSequence = entry.HighestSequence };
            signed = await clients.CallAsync(peerHubId, async (client, options) => await client.GetInstitutionKeysAsync(request, options), cancellationToken);
        }
        catch (Exception ex) when (TransientPeerFailure.GaveNoAnswer(ex))
        {
            LogFetchFailed(logger, ex, peerHubId);
            return new InstitutionKeysLookup(null, $"The institution key list of hub {peerHubId} could not be fetched ({ex.Message}); the check waits for it.");
        }

        var accepted = InstitutionKeyListAcceptance.Accept(peer, signed, entry.HighestSequence, time.GetUtcNow());
        if (accepted.Keys is not { } keys)
        {
            LogListRefused(logger, peerHubId, accepted.Refusal!.Value, accepted.Detail);
            return new InstitutionKeysLookup(null, $"The institution key list of hub {peerHubId} was refused: {accepted.Detail}");
        }

        var now = time.GetUtcNow();
        if (keys.FreshUntil < now + MinimumFreshness)
        {
            keys = keys with { FreshUntil = now + MinimumFreshness };
        }

        entry.Keys = keys;
        entry.HighestSequence = keys.Sequence;
        entry.Invalidated = entry.Generation != generation;
        entry.FetchedAt = now;
        if (forEnvelopeKey && !keys.HasKey(institutionId, keyId))
        {
            entry.LastMissFetch = now;
        }

        return new InstitutionKeysLookup(keys, null);
    }

    private sealed class PeerEntry
    {
        private volatile PeerInstitutionKeys? _keys;
        private volatile bool _invalidated;
        private int _generation;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public PeerInstitutionKeys? Keys { get => _keys; set => _keys = value; }

        public bool Invalidated { get => _invalidated; set => _invalidated = value; }

        /// <summary>Bumped by every invalidation, so a fetch that was already under way does not clear a newer one.</summary>
        public int Generation => Volatile.Read(ref _generation);

        public long HighestSequence { get; set; }

        public DateTimeOffset FetchedAt { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastMissFetch { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastOutsideMissFetch { get; set; } = DateTimeOffset.MinValue;

        public void Invalidate()
        {
            Interlocked.Increment(ref _generation);
            _invalidated = true;
        }
    }

    [LoggerMessage(EventId = 4220, EventName = "InstitutionKeyListFetchFailed", Level = LogLevel.Warning,
        Message = "The institution key list of hub {PeerHubId} could not be fetched")]
    private static partial void LogFetchFailed(ILogger logger, Exception exception, string peerHubId);

    [LoggerMessage(EventId = 4221, EventName = "InstitutionKeyListRefused", Level = LogLevel.Warning,
        Message = "The institution key list of hub {PeerHubId} was refused ({Refusal}): {Detail}")]
    private static partial void LogListRefused(ILogger logger, string peerHubId, KeyListRefusal refusal, string detail);
}
