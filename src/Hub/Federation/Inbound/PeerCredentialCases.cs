using System.Globalization;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Federation.Inbound;

/// <summary>
/// What this hub answers the hub that issued a credential when it asks for the recognition cases on it
/// (<c>HubFederation.ListCredentialCases</c>): only cases whose credential reference names the calling hub as issuer,
/// looked up under the authenticated caller's id, never an id the request carries, and checked again against each
/// case, so a hub learns nothing of cases on credentials it did not issue.
/// </summary>
internal sealed class PeerCredentialCases(IGrainFactory grains, ICaseIndex index, IOptions<HubOptions> hub, TimeProvider time)
{
    public const int MaxIds = 100;

    public async Task<ListCredentialCasesResponse> ListAsync(ListCredentialCasesRequest request, string callerHubId, CancellationToken cancellationToken)
    {
        var problems = new FieldViolations();
        if (request.CredentialIds.Count is 0 or > MaxIds)
        {
            problems.Add("credential_ids", $"credential_ids must hold 1 to {MaxIds} ids.");
        }

        for (var i = 0; i < request.CredentialIds.Count; i++)
        {
            problems.CheckCredentialId(request.CredentialIds[i], string.Create(CultureInfo.InvariantCulture, $"credential_ids[{i}]"));
        }

        problems.ThrowIfAny();
        var rows = await index.CasesOnCredentialsAsync(callerHubId, [.. request.CredentialIds.Distinct(StringComparer.Ordinal)], cancellationToken);
        var cases = await Task.WhenAll(rows.Select(r => r.CaseId).Distinct(StringComparer.Ordinal).Select(id => CaseAsync(id, cancellationToken)));
        var byId = cases.OfType<RecognitionCaseState>().ToDictionary(c => c.CaseId, StringComparer.Ordinal);
        var names = await NamesAsync(byId.Values.Select(c => c.RequesterInstitutionId), cancellationToken);
        var now = time.GetUtcNow();
        var response = new ListCredentialCasesResponse();
        foreach (var row in rows)
        {
            if (byId.TryGetValue(row.CaseId, out var state) && CaseCredentialRef.Of(state).Contains(new CaseCredentialRef(callerHubId, row.CredentialId)))
            {
                response.Cases.Add(CredentialCaseContract.ToContract(state, row.CredentialId, names[state.RequesterInstitutionId], hub.Value.Country, now));
            }
        }

        return response;
    }

    /// <summary>The case, or null when its index row outlived it (a case whose first write never landed).</summary>
    private async Task<RecognitionCaseState?> CaseAsync(string caseId, CancellationToken cancellationToken)
    {
        try
        {
            return await grains.Keyed<IRecognitionCaseGrain>(caseId).GetAsync(CaseActor.System, cancellationToken);
        }
        catch (HubException missing) when (missing.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }

    private async Task<Dictionary<string, IReadOnlyList<TextValue>>> NamesAsync(IEnumerable<string> institutionIds, CancellationToken cancellationToken)
    {
        var ids = institutionIds.Distinct(StringComparer.Ordinal).ToList();
        var snapshots = await Task.WhenAll(ids.Select(id => grains.Keyed<IInstitutionGrain>(id).GetAsync(cancellationToken)));
        return ids.Zip(snapshots).ToDictionary(p => p.First, p => p.Second?.Profile.Names ?? [], StringComparer.Ordinal);
    }
}
