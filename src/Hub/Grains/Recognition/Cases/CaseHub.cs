namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>The hub a case is handled at, as the case's rules need it.</summary>
/// <param name="HubId">Signs automatic decisions; never sent a decision notice of its own.</param>
/// <param name="Country">The country whose targets the case translates to.</param>
public sealed record CaseHub(string HubId, string Country);
