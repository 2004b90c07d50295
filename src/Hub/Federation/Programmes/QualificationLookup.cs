using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Recognition.Stacking;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Federation.Programmes;

/// <summary>
/// Finds the requirements of the qualifications credentials stack towards, by exact programme id: this hub's
/// registry first, then the registry of the hub that issued the credential (HubFederation.LookupProgramme, listed
/// programmes only). A peer that does not answer within <see cref="PeerWait"/> leaves the requirements unknown — the
/// progress then says so — and never holds a case up. A name that is no programme id is never matched by title.
/// </summary>
public sealed partial class QualificationLookup(
    IGrainFactory grains,
    IOptions<HubOptions> hub,
    TimeProvider time,
    ILogger<QualificationLookup> logger,
    PeerDirectory? peers = null,
    PeerClients? clients = null) : IQualificationRequirements
{
    /// <summary>How long one peer is asked before its programme counts as unknown.</summary>
    public static readonly TimeSpan PeerWait = TimeSpan.FromSeconds(3);

    /// <summary>The requirements of every qualification named, each looked up once; unknown ones map to null.</summary>
    /// <param name="named">Qualification id → the hubs that issued credentials naming it (asked when it is not registered here).</param>
    public async Task<StackRequirements> FindAsync(IReadOnlyDictionary<string, IReadOnlyCollection<string>> named, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(named);
        var result = new Dictionary<string, KnownQualification?>(StringComparer.Ordinal);
        foreach (var (id, issuers) in named)
        {
            result[id] = await FindAsync(id, issuers, cancellationToken);
        }

        return new StackRequirements(result);
    }

    public async Task<KnownQualification?> FindAsync(string programmeId, IReadOnlyCollection<string> issuingHubIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issuingHubIds);
        if (string.IsNullOrWhiteSpace(programmeId))
        {
            return null;
        }

        // This hub's own registry holds the programmes its institutions registered, listed or not yet.
        if (await grains.Keyed<IProgrammeGrain>(programmeId).GetAsync(cancellationToken) is { } own)
        {
            return ProgrammeRequirements.From(RegistryContract.ToContract(own, time.GetUtcNow()));
        }

        foreach (var peer in issuingHubIds.Where(h => h != hub.Value.HubId && peers?.Find(h) is not null).Distinct(StringComparer.Ordinal))
        {
            if (await AskPeerAsync(peer, programmeId, cancellationToken) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private async Task<KnownQualification?> AskPeerAsync(string peer, string programmeId, CancellationToken cancellationToken)
    {
        if (clients is null || peers is null)
        {
            return null;
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(PeerWait);
        try
        {
            var programme = await clients.CallAsync(peer, async (c, o) => await c.LookupProgrammeAsync(new GetProgrammeRequest { ProgrammeId = programmeId }, o), bounded.Token)
                .WaitAsync(PeerWait, time, cancellationToken);
            return ProgrammeRequirements.From(programme);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not found, refused, away or slow: the requirements stay unknown, and the progress says so.
            LogPeerLookupFailed(logger, peer, programmeId, ex.Message);
            return null;
        }
    }

    [LoggerMessage(EventId = 4120, EventName = "StackQualificationLookupFailed", Level = LogLevel.Information,
        Message = "Hub {Peer} did not give programme {ProgrammeId}; its stack progress shows unknown requirements: {Reason}")]
    private static partial void LogPeerLookupFailed(ILogger logger, string peer, string programmeId, string reason);
}
