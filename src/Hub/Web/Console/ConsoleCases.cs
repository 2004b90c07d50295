using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Security;

namespace Exchange.Hub.Web.Console;

/// <summary>How the console's case pages read a case: only a case that was referred to officers exists for them
/// (the same rule as the API's GetReviewCase), and an id that is not a case id is simply not found.</summary>
public static class ConsoleCases
{
    public static async Task<RecognitionCaseState?> ReferredAsync(IGrainFactory grains, string id, CallerIdentity caller, CancellationToken cancellationToken)
    {
        if (!CaseIds.IsWellFormed(id))
        {
            return null;
        }

        try
        {
            var state = await grains.Keyed<IRecognitionCaseGrain>(id).GetAsync(Actor(caller), cancellationToken);
            return state.WasReferred ? state : null;
        }
        catch (HubException e) when (e.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }

    public static IRecognitionCaseGrain Case(IGrainFactory grains, string id) => grains.Keyed<IRecognitionCaseGrain>(id);

    /// <summary>The console's people act as officers; administrators only read.</summary>
    public static CaseActor Actor(CallerIdentity caller) =>
        new(caller.IsAdmin ? CaseActorKind.Admin : CaseActorKind.Officer, caller.Subject);
}
