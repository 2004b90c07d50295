using Exchange.Adapters.Credits;
using Exchange.Adapters.Recognition.Stacking;

namespace Exchange.Hub.Grains.Recognition.Stacking;

/// <summary>A text about stack progress as a case keeps it: message key, English text and named arguments.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseStackMessage")]
public sealed record CaseStackMessage(
    [property: Id(0)] string Key,
    [property: Id(1)] string English,
    [property: Id(2)] IReadOnlyDictionary<string, string> Arguments)
{
    public static CaseStackMessage From(StackMessage message) => new(message.Key, message.English,
        message.Arguments.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));
}

/// <summary>
/// How far a case's credentials go towards one qualification they stack towards, as the rules measured it when the
/// case was assessed (see <see cref="StackProgress"/>): kept with the assessment and the decision so the university,
/// the officer and the API read the same figures.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseStackProgress")]
public sealed record CaseStackProgress(
    [property: Id(0)] string QualificationId,
    [property: Id(1)] IReadOnlyList<LocalText> QualificationTitle,
    [property: Id(2)] bool RequirementsKnown,
    [property: Id(3)] IReadOnlyList<string> CredentialIds,
    [property: Id(4)] CreditUnit Unit,
    [property: Id(5)] decimal? EarnedMin,
    [property: Id(6)] decimal? EarnedMax,
    [property: Id(7)] decimal? Required,
    [property: Id(8)] decimal? MissingMin,
    [property: Id(9)] decimal? MissingMax,
    [property: Id(10)] IReadOnlyList<string> CoveredOutcomeIds,
    [property: Id(11)] IReadOnlyList<string> MissingOutcomeIds,
    [property: Id(12)] IReadOnlyList<string> UncertainOutcomeIds,
    [property: Id(13)] bool Complete,
    [property: Id(14)] CaseStackMessage Summary,
    [property: Id(15)] IReadOnlyList<CaseStackMessage> Details)
{
    public static CaseStackProgress From(StackProgress progress, IReadOnlyList<LocalText> titles) => new(
        progress.QualificationId,
        titles.Count > 0 ? titles : progress.QualificationTitle is { } title ? [new LocalText("en", title)] : [],
        progress.RequirementsKnown,
        progress.CredentialIds,
        progress.Unit,
        progress.Earned?.Min,
        progress.Earned?.Max,
        progress.Required,
        progress.Missing?.Min,
        progress.Missing?.Max,
        progress.CoveredOutcomeIds,
        progress.MissingOutcomeIds,
        progress.UncertainOutcomeIds,
        progress.Complete,
        CaseStackMessage.From(progress.Summary),
        [.. progress.Details.Select(CaseStackMessage.From)]);
}
