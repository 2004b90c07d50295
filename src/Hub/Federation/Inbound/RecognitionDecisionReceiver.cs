using System.Globalization;
using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Mapping;

namespace Exchange.Hub.Federation.Inbound;

/// <summary>
/// Applies recognition decisions a peer took on this hub's credentials (validated, not received before): the
/// learner's record on each credential, then national statistics. Each effect is idempotent by itself (the record on
/// the decision id, the statistics on the sender's sequence), so a crash anywhere before the inbox mark is repaired by
/// the sender's retry of the same messages, and a second message carrying the same decision changes nothing.
/// Decisions on different credentials are recorded side by side; a decision on a credential an earlier message of the
/// batch also names waits for it, so each credential sees its decisions in the sender's order.
/// </summary>
internal sealed class RecognitionDecisionReceiver(IGrainFactory grains, TimeProvider time)
{
    /// <returns>Per message, its refusal if it named a credential this hub never issued or never shared with the sender,
    /// else null.</returns>
    public async Task<IReadOnlyList<HubException?>> ApplyAsync(PinnedPeer sender, IReadOnlyList<DeliverRecognitionDecisionRequest> requests)
    {
        var refusals = new HubException?[requests.Count];
        var counted = new (int Year, DeliveredDecision Decision)?[requests.Count];
        var wave = new List<int>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < requests.Count; i++)
        {
            var credentialIds = requests[i].Decision.CredentialIds;
            if (credentialIds.Any(touched.Contains))
            {
                await ApplyWaveAsync(wave);
                touched.Clear();
            }

            wave.Add(i);
            touched.UnionWith(credentialIds);
        }

        await ApplyWaveAsync(wave);

        foreach (var year in counted.OfType<(int Year, DeliveredDecision Decision)>().GroupBy(c => c.Year))
        {
            await grains.Keyed<IRecognitionStatisticsGrain>(RecognitionStatisticsGrain.KeyFor(year.Key))
                .CountAsync(sender.HubId, [.. year.Select(c => c.Decision).OrderBy(d => d.Sequence)]);
        }

        return refusals;

        async Task ApplyWaveAsync(List<int> indices)
        {
            await Task.WhenAll(indices.Select(async at =>
            {
                try
                {
                    counted[at] = await ApplyOneAsync(sender, requests[at]);
                }
                catch (HubException refused)
                {
                    refusals[at] = refused;
                }
            }));
            indices.Clear();
        }
    }

    /// <returns>What statistics count for this message, or null when an earlier message recorded the decision.</returns>
    private async Task<(int Year, DeliveredDecision Decision)?> ApplyOneAsync(PinnedPeer sender, DeliverRecognitionDecisionRequest request)
    {
        var decision = request.Decision;
        var header = request.Header;
        var credentials = decision.CredentialIds.Select(id => grains.Keyed<ICredentialGrain>(id)).ToList();
        // Every credential first: a decision naming one credential the sender may not write on is refused whole.
        await Task.WhenAll(credentials.Select(async (credential, i) =>
        {
            try
            {
                await credential.RequireSharedWithAsync(sender.HubId);
            }
            catch (HubException refused)
            {
                throw new HubException(refused.Kind, refused.Reason, refused.Message,
                    string.Create(CultureInfo.InvariantCulture, $"decision.credential_ids[{i}]"));
            }
        }));

        var record = DeliveredRecognition.ToRecord(request, sender.HubId, sender.Country, time.GetUtcNow());
        var recordedByThisMessage = await Task.WhenAll(credentials.Select(c => c.RecordRecognitionAsync(record)));
        return recordedByThisMessage[0] ? (record.DecidedAt.Year, new DeliveredDecision(header.Sequence, record.Outcome, sender.Country)) : null;
    }
}
