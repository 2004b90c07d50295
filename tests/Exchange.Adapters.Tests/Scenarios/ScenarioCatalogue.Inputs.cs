namespace Exchange.Adapters.Tests.Scenarios;

internal static partial class ScenarioCatalogue
{
    private static IReadOnlyList<Scenario> InputRows { get; } = [];
}
