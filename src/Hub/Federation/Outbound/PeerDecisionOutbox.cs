using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Google.Protobuf;
using Microsoft.Extensions.Options;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Federation.Outbound;

/// <summary>
/// Turns a case's decision into the federation request the issuing hub receives and queues it in that hub's
/// outbox under the notice's message id. The request carries what the learner's record and national statistics
/// need: the decision's outline (<see cref="RecognitionCaseMapper.DecisionOutline"/>), the appeal body of this
/// hub's policy, only the credential ids the peer issued, the target, and the requesting institution.
/// </summary>
internal sealed class PeerDecisionOutbox(IGrainFactory grains, IOptions<HubOptions> hub, HubRecognitionPolicy policy) : IPeerDecisionOutbox
{
    public async Task EnqueueAsync(PeerDecisionNotice notice, RecognitionCaseState state, CaseDecision decision)
    {
        var own = hub.Value;
        // Only what the learner's record and the statistics use: the outbox stores and resends every byte, and
        // the issuing hub needs neither the reasoning nor the comparison details.
        var contract = RecognitionCaseMapper.DecisionOutline(decision, state.CaseId, state.Submission!.Purpose, own.HubId);
        if (policy.AppealBodyId.Length > 0 || policy.AppealBodyName.Length > 0)
        {
            contract.Appeal.AppealBody = new V1.OrganisationRef
            {
                OrganisationId = policy.AppealBodyId,
                Name = Texts.English(policy.AppealBodyName),
                CountryCode = own.Country,
            };
        }

        contract.CredentialIds.Add(notice.CredentialIds);
        var target = state.Submission!.Target;
        var request = new V1.DeliverRecognitionDecisionRequest
        {
            Decision = contract,
            TargetKind = target.Kind switch
            {
                Adapters.Recognition.TargetKind.Programme => V1.TargetKind.Programme,
                Adapters.Recognition.TargetKind.Activity => V1.TargetKind.Activity,
                _ => V1.TargetKind.Course,
            },
            TargetTitle = Texts.English(target.Title),
            RequesterInstitution = new V1.OrganisationRef
            {
                OrganisationId = state.RequesterInstitutionId,
                CountryCode = own.Country,
                Name = await RequesterNameAsync(state.RequesterInstitutionId),
            },
        };
        await grains.Keyed<IPeerHubGrain>(notice.PeerHubId)
            .EnqueueOnceAsync(notice.MessageId(own.HubId), new OutboxMessage(OutboxMessageKind.RecognitionDecision, request.ToByteArray()));
    }

    /// <summary>The requesting institution's names from this hub's registry, so the learner reads who asked; empty
    /// when the registry does not hold it or cannot be read now. The name is a courtesy to the learner: the decision
    /// must reach the issuing hub whatever the registry says, and the institution's id always goes with it.</summary>
    private async Task<V1.MultilingualText> RequesterNameAsync(string institutionId)
    {
        try
        {
            var institution = await grains.Keyed<IInstitutionGrain>(institutionId).GetAsync();
            return RegistryContract.Text(institution?.Profile.Names ?? []);
        }
        catch (Exception unreadable) when (unreadable is not OutOfMemoryException)
        {
            return new V1.MultilingualText();
        }
    }
}
