using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Security;

namespace Exchange.Hub.Web.University;

/// <summary>How the university pages reach a case: as the signed-in person's institution, the actor the API's
/// RecognitionService uses, so another institution's case is not found (never revealed), and an id that is not a case
/// id is not found either.</summary>
public static class UniversityCases
{
    public static CaseActor Actor(CallerIdentity caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new CaseActor(CaseActorKind.Institution, caller.Subject, caller.InstitutionId ?? "");
    }

    public static IRecognitionCaseGrain Case(IGrainFactory grains, string caseId) => grains.Keyed<IRecognitionCaseGrain>(caseId);

    /// <returns>The case, or null when it does not exist for this institution.</returns>
    public static async Task<RecognitionCaseState?> FindAsync(IGrainFactory grains, string caseId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        if (!CaseIds.IsWellFormed(caseId))
        {
            return null;
        }

        try
        {
            return await Case(grains, caseId).GetAsync(Actor(caller), cancellationToken);
        }
        catch (HubException e) when (e.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
