using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Peers;
using Microsoft.Extensions.Logging;

namespace Exchange.Hub.Federation.Client;

/// <summary>What one hub answered about the cases on a learner's credentials: its cases, or that it could not be
/// reached (<see cref="Cases"/> null).</summary>
public sealed record HubCredentialCases(string HubId, string Country, IReadOnlyList<CredentialCase>? Cases)
{
    public bool Reached => Cases is not null;
}

/// <summary>
/// Asks the hubs a learner's credentials were given to for the recognition cases universities opened there with them
/// (<c>HubFederation.ListCredentialCases</c>): every hub at once, a few calls at a time, each through the peer's
/// resilience pipeline, the whole within a time budget. A hub that does not answer in time, or fails, is reported as
/// not reached; the others' answers stand. Used by the learner's pages, so a slow peer delays a page by the budget
/// at most and never turns it into an error.
/// </summary>
public sealed partial class CredentialCasesAbroad(PeerClients clients, PeerDirectory peers, TimeProvider time, ILogger<CredentialCasesAbroad> logger)
{
    /// <summary>Calls in flight at once, whatever the number of hubs.</summary>
    public const int MaxConcurrentHubs = 4;

    /// <summary>How long the answers are waited for, retries included.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(6);

    /// <param name="credentialsByHub">Per peer hub id, the credentials given to it (at most
    /// <see cref="Inbound.PeerCredentialCases.MaxIds"/> are asked about per hub).</param>
    public async Task<IReadOnlyList<HubCredentialCases>> AskAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> credentialsByHub, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(Budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        using var gate = new SemaphoreSlim(MaxConcurrentHubs);
        var answers = await Task.WhenAll(credentialsByHub.OrderBy(p => p.Key, StringComparer.Ordinal).Select(async pair =>
        {
            var peer = peers.Find(pair.Key);
            if (peer is null || pair.Value.Count == 0)
            {
                return new HubCredentialCases(pair.Key, peer?.Country ?? "", peer is null ? null : []);
            }

            try
            {
                await gate.WaitAsync(linked.Token);
                try
                {
                    var request = new ListCredentialCasesRequest();
                    request.CredentialIds.AddRange(pair.Value.Distinct(StringComparer.Ordinal).Take(Inbound.PeerCredentialCases.MaxIds));
                    var response = await clients.CallAsync(peer.HubId, async (client, options) => await client.ListCredentialCasesAsync(request, options), linked.Token);
                    return new HubCredentialCases(peer.HubId, peer.Country, [.. response.Cases]);
                }
                finally
                {
                    gate.Release();
                }
            }
            catch (Exception failure) when (failure is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
            {
                LogNotReached(logger, peer.HubId, failure);
                return new HubCredentialCases(peer.HubId, peer.Country, null);
            }
        }));
        return answers;
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Hub {HubId} could not be asked for a learner's cases")]
    private static partial void LogNotReached(ILogger logger, string hubId, Exception failure);
}
