using System.Globalization;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Federation;

public sealed class RecognitionStatisticsGrain(
    [PersistentState("recognition-statistics", HubStorage.Name)] IPersistentState<RecognitionStatisticsState> state)
    : Grain, IRecognitionStatisticsGrain
{
    public static string KeyFor(int year) => year.ToString(CultureInfo.InvariantCulture);

    public async Task<int> CountAsync(string senderHubId, IReadOnlyList<DeliveredDecision> decisions, CancellationToken cancellationToken)
    {
        var year = int.Parse(this.GetPrimaryKeyString(), CultureInfo.InvariantCulture);
        var tallies = state.State.Tallies;
        var counted = 0;
        foreach (var decision in decisions)
        {
            if (state.State.CountedThrough.GetValueOrDefault(senderHubId) >= decision.Sequence)
            {
                continue;
            }

            var at = tallies.FindIndex(t => t.Outcome == decision.Outcome && string.Equals(t.RecognisingCountry, decision.RecognisingCountry, StringComparison.Ordinal));
            if (at < 0)
            {
                tallies.Add(new RecognitionTally(year, decision.Outcome, decision.RecognisingCountry, 1));
            }
            else
            {
                tallies[at] = tallies[at] with { Decisions = tallies[at].Decisions + 1 };
            }

            state.State.CountedThrough[senderHubId] = decision.Sequence;
            counted++;
        }

        if (counted > 0)
        {
            await state.WriteStateAsync(CancellationToken.None);
        }

        return counted;
    }

    public Task<IReadOnlyList<RecognitionTally>> TalliesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecognitionTally>>([.. state.State.Tallies.OrderBy(t => t.RecognisingCountry, StringComparer.Ordinal).ThenBy(t => t.Outcome)]);
}
