using System.Collections.Frozen;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Grains.ReferenceData;

/// <summary>
/// One automatic recognition list as the centre keeps it (reference_data.proto AutomaticRecognitionList): who is on
/// it, under which legal basis, whether it is in force, and its version, which every change increases.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.AutomaticListEntry")]
public sealed record AutomaticListEntry(
    [property: Id(0)] string ListId,
    [property: Id(1)] IReadOnlyList<LocalText> Name,
    [property: Id(2)] string LegalBasis,
    [property: Id(3)] IReadOnlyList<string> ProviderIds,
    [property: Id(4)] bool Active,
    [property: Id(5)] long Version,
    [property: Id(6)] DateTimeOffset UpdatedAt)
{
    /// <summary>Whether <paramref name="other"/> says the same (name, basis, providers, in force), whatever its version.</summary>
    public bool SameContentAs(AutomaticListEntry other) =>
        string.Equals(LegalBasis, other.LegalBasis, StringComparison.Ordinal)
        && Active == other.Active
        && Name.SequenceEqual(other.Name)
        && ProviderIds.SequenceEqual(other.ProviderIds, StringComparer.Ordinal);

    /// <summary>The list as the rules look providers up in it.</summary>
    public AutomaticRecognitionList ToRules() => new(
        ListId, Version, Name.Count > 0 ? Name[0].Text : ListId, LegalBasis, ProviderIds.ToFrozenSet(StringComparer.Ordinal), Active);
}
