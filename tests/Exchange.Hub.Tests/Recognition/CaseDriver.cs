using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>Submits cases and waits (by long poll, with a deadline) until they reach a state.</summary>
public static class CaseDriver
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task<RecognitionCaseState> SubmitAndWaitAsync(IGrainFactory grains, CaseSubmission submission, CaseStatus until)
    {
        var grain = grains.GetGrain<IRecognitionCaseGrain>(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey));
        var state = await grain.SubmitAsync(submission, TimeSpan.Zero);
        return await WaitForAsync(grain, state, until);
    }

    public static async Task<RecognitionCaseState> WaitForAsync(IRecognitionCaseGrain grain, RecognitionCaseState state, CaseStatus until)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (state.Status != until)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Case {state.CaseId} stayed {state.Status}; expected {until}. Journal: "
                    + string.Join(" | ", state.Journal.Select(j => $"{j.Event}: {j.Reason}")));
            }

            state = await grain.WaitForChangeAsync(state.Version, TimeSpan.FromSeconds(2));
        }

        return state;
    }
}
