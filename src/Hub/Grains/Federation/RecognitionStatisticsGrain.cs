using System.Globalization;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Federation;

public sealed class RecognitionStatisticsGrain(
    [PersistentState("recognition-statistics", HubStorage.Name)] IPersistentState<RecognitionStatisticsState> state)
    : Grain, IRecognitionStatisticsGrain
{
    public static string KeyFor(int year) => year.ToString(CultureInfo.InvariantCulture);

    public async Task<bool> Count(string senderHubId, long sequence, DecisionOutcome outcome, string recognisingCountry)
    {
        if (state.State.CountedThrough.GetValueOrDefault(senderHubId) >= sequence)
        {
            return false;
        }

        var year = int.Parse(this.GetPrimaryKeyString(), CultureInfo.InvariantCulture);
        var tallies = state.State.Tallies;
        var at = tallies.FindIndex(t => t.Outcome == outcome && string.Equals(t.RecognisingCountry, recognisingCountry, StringComparison.Ordinal));
        if (at < 0)
        {
            tallies.Add(new RecognitionTally(year, outcome, recognisingCountry, 1));
        }
        else
        {
            tallies[at] = tallies[at] with { Decisions = tallies[at].Decisions + 1 };
        }

        state.State.CountedThrough[senderHubId] = sequence;
        await state.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<RecognitionTally>> Tallies() =>
        Task.FromResult<IReadOnlyList<RecognitionTally>>([.. state.State.Tallies.OrderBy(t => t.RecognisingCountry, StringComparer.Ordinal).ThenBy(t => t.Outcome)]);
}
