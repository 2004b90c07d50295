namespace Exchange.Hub.Grains.ReferenceData;

/// <summary>
/// The hub's automatic recognition lists (one grain per hub, key <see cref="AutomaticRecognitionLists.Key"/>).
/// Invariant: a list's version only increases — every change raises it by one, a repeat of the current content changes
/// nothing — and a list is never removed: a withdrawn list (inactive) is kept for the decisions that relied on it.
/// </summary>
[Alias("exchange.IAutomaticRecognitionListsGrain")]
public interface IAutomaticRecognitionListsGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces a list (its version is assigned here) and returns it as stored.</summary>
    [Alias("Put")]
    Task<AutomaticListEntry> PutAsync(AutomaticListEntry list, DateTimeOffset at);

    /// <summary>Every list, by id; withdrawn ones too when asked.</summary>
    [Alias("List")]
    Task<IReadOnlyList<AutomaticListEntry>> ListAsync(bool includeInactive);
}

/// <summary>Where the hub's lists live.</summary>
public static class AutomaticRecognitionLists
{
    /// <summary>The key of the one lists grain of a hub.</summary>
    public const string Key = "hub";
}
