using Exchange.Hub.Grains.ReferenceData;
using Google.Protobuf.WellKnownTypes;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>Automatic recognition lists between the contract and what the hub keeps.</summary>
internal static class AutomaticListContract
{
    /// <summary>The list as put; version and time are the grain's to assign.</summary>
    public static AutomaticListEntry ToEntry(V1.AutomaticRecognitionList list) =>
        new(list.ListId, Texts.From(list.Name), list.LegalBasis.Trim(), [.. list.ProviderIds], list.Active, 0, default);

    public static V1.AutomaticRecognitionList ToContract(AutomaticListEntry list) => new()
    {
        ListId = list.ListId,
        Name = Texts.To(list.Name),
        LegalBasis = list.LegalBasis,
        ProviderIds = { list.ProviderIds },
        Active = list.Active,
        Version = list.Version,
        UpdatedAt = Timestamp.FromDateTimeOffset(list.UpdatedAt),
    };
}
