namespace Exchange.Hub.Tests.Browser;

/// <summary>Every browser test shares one chromium and one pair of hubs: the browser tests' share of CI time stays
/// small, and the specs in it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFederation>
{
    public const string Name = "Browser";
}
