using Exchange.Adapters.Grades;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// What a converted grade says beside its value: the ECTS letter, national grade, wording and meaning of the original's
/// band and of each host end's band (taken from the same band, so they agree), and the conversion's texts as message
/// keys with arguments: the method's explanation and why earlier methods could not be used.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseGradeReading")]
public sealed record CaseGradeReading(
    [property: Id(0)] CaseGradeBand? Original,
    [property: Id(1)] CaseGradeBand? HostLow,
    [property: Id(2)] CaseGradeBand? HostHigh,
    [property: Id(3)] CaseGradeMessage? Explanation,
    [property: Id(4)] IReadOnlyList<CaseGradeMessage> Notes)
{
    public static CaseGradeReading From(GradeConversion conversion) => new(
        CaseGradeBand.From(conversion.SourceBand),
        CaseGradeBand.From(conversion.HostLowBand),
        CaseGradeBand.From(conversion.HostHighBand),
        CaseGradeMessage.From(conversion.Message),
        [.. conversion.Notes.Select(n => CaseGradeMessage.From(n)!)]);
}

/// <summary>A band's published equivalents: ECTS letter, national grade, own wording and meaning.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseGradeBand")]
public sealed record CaseGradeBand(
    [property: Id(0)] string Label,
    [property: Id(1)] string? EctsLetter,
    [property: Id(2)] string? National,
    [property: Id(3)] string? Name,
    [property: Id(4)] GradeMeaning? Meaning)
{
    public static CaseGradeBand? From(GradeBand? band) =>
        band is null ? null : new(band.Label, band.EctsLetter, band.National, band.Name, band.Meaning);
}

/// <summary>A grade.* text: key, English text and named arguments.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseGradeMessage")]
public sealed record CaseGradeMessage(
    [property: Id(0)] string Key,
    [property: Id(1)] string English,
    [property: Id(2)] IReadOnlyDictionary<string, string> Arguments)
{
    public static CaseGradeMessage? From(GradeMessage? message) => message is null ? null : new(
        message.Key, message.English,
        message.Arguments.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));
}
