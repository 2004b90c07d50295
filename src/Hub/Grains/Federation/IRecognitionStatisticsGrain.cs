using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Grains.Federation;

/// <summary>National statistics of recognitions that peer hubs decided on this hub's credentials, for one year
/// (key: the decision year, e.g. "2026"): decisions by outcome and recognising country. Fed from the delivery
/// path, which is asynchronous, so one small grain per year is no bottleneck for cases.</summary>
[Alias("exchange.IRecognitionStatisticsGrain")]
public interface IRecognitionStatisticsGrain : IGrainWithStringKey
{
    /// <summary>Counts delivered decisions of one sender, each once, with one write: a sender's messages arrive in
    /// sequence order, so a sequence at or below the highest already counted from that sender is a repeat and
    /// changes nothing.</summary>
    /// <param name="decisions">In ascending sequence order.</param>
    /// <returns>How many were counted now.</returns>
    [Alias("Count")]
    Task<int> CountAsync(string senderHubId, IReadOnlyList<DeliveredDecision> decisions, CancellationToken cancellationToken = default);

    /// <summary>The year's tallies.</summary>
    [Alias("Tallies")]
    Task<IReadOnlyList<RecognitionTally>> TalliesAsync(CancellationToken cancellationToken = default);
}

/// <summary>One decision a peer delivered, as statistics count it: the message's place in the sender's stream, the
/// outcome and the recognising country.</summary>
[GenerateSerializer, Immutable, Alias("exchange.DeliveredDecision")]
public sealed record DeliveredDecision(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DecisionOutcome Outcome,
    [property: Id(2)] string RecognisingCountry);

/// <summary>How many decisions with one outcome one country's hub took on this hub's credentials in a year.</summary>
[GenerateSerializer, Immutable, Alias("exchange.RecognitionTally")]
public sealed record RecognitionTally(
    [property: Id(0)] int Year,
    [property: Id(1)] DecisionOutcome Outcome,
    [property: Id(2)] string RecognisingCountry,
    [property: Id(3)] long Decisions);

[GenerateSerializer, Alias("exchange.RecognitionStatisticsState")]
public sealed class RecognitionStatisticsState
{
    [Id(0)]
    public List<RecognitionTally> Tallies { get; set; } = [];

    /// <summary>Per sender hub, the highest message sequence already counted.</summary>
    [Id(1)]
    public Dictionary<string, long> CountedThrough { get; set; } = [];
}
