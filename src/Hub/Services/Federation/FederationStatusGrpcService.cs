using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping.Enums;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Services.Federation;

/// <summary>The national centre's view of federation: outbox and inbox per pinned peer, recognition statistics.</summary>
[Authorize(Policy = HubPolicies.Admin)]
internal sealed class FederationStatusGrpcService(PeerDirectory peers, IGrainFactory grains, IOptions<HubOptions> hub, TimeProvider time)
    : FederationStatusService.FederationStatusServiceBase
{
    public override async Task<FederationStatus> GetFederationStatus(GetFederationStatusRequest request, ServerCallContext context)
    {
        if (request.StatisticsYear != 0 && request.StatisticsYear is < 2000 or > 9999)
        {
            new FieldViolations().Add("statistics_year", "statistics_year must be 0 (this year) or 2000-9999.").ThrowIfAny();
        }

        var now = time.GetUtcNow();
        var year = request.StatisticsYear == 0 ? now.Year : request.StatisticsYear;
        var pinned = peers.All.OrderBy(p => p.HubId, StringComparer.Ordinal).ToList();
        var outboxes = Task.WhenAll(pinned.Select(p => grains.Keyed<IPeerHubGrain>(p.HubId).GetOutboxStatusAsync(context.CancellationToken)));
        var inboxes = Task.WhenAll(pinned.Select(p => grains.Keyed<IPeerInboxGrain>(p.HubId).GetStatusAsync(context.CancellationToken)));
        var statistics = grains.Keyed<IRecognitionStatisticsGrain>(RecognitionStatisticsGrain.KeyFor(year)).TalliesAsync(context.CancellationToken);
        await Task.WhenAll(outboxes, inboxes, statistics);

        var status = new FederationStatus { HubId = hub.Value.HubId, StatisticsYear = year, AsOf = Timestamp.FromDateTimeOffset(now) };
        for (var i = 0; i < pinned.Count; i++)
        {
            status.Peers.Add(Peer(pinned[i], outboxes.Result[i], inboxes.Result[i]));
        }

        status.RecognitionStatistics.AddRange(statistics.Result.Select(t => new RecognitionStatistic
        {
            RecognisingCountryCode = t.RecognisingCountry,
            Outcome = RecognitionEnums.ToProto(t.Outcome),
            Decisions = t.Decisions,
        }));
        return status;
    }

    private static PeerFederationStatus Peer(PinnedPeer peer, OutboxStatus outbox, InboxStatus inbox) => new()
    {
        HubId = peer.HubId,
        CountryCode = peer.Country,
        GrpcEndpoint = peer.GrpcEndpoint.ToString().TrimEnd('/'),
        DescriptorSequence = peer.DescriptorSequence,
        Outbox = new PeerOutboxStatus
        {
            Pending = outbox.Pending,
            DeliveredThrough = outbox.DeliveredThrough,
            OldestPendingSince = outbox.OldestPendingSince is { } oldest ? Timestamp.FromDateTimeOffset(oldest) : null,
            LastError = outbox.LastError ?? "",
            Rejected = outbox.Rejected,
        },
        Inbox = new PeerInboxStatus
        {
            Received = inbox.Received,
            HighestContiguousSequence = inbox.HighestContiguousSequence,
            LastReceivedAt = inbox.LastReceivedAt is { } last ? Timestamp.FromDateTimeOffset(last) : null,
        },
    };
}
