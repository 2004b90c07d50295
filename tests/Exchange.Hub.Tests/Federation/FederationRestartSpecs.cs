using Exchange.Contracts.V1;
using Exchange.Hub.Tests.Infrastructure;
using static Exchange.Hub.Tests.Federation.FederatedParties;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// A hub that crashes in the middle of cross-border work loses nothing it acknowledged: the requests it
/// accepted are decided after it restarts, and the same request sent again finds the same case.
/// </summary>
public sealed class FederationRestartSpecs(ThreeHubsFixture hubs) : IClassFixture<ThreeHubsFixture>
{
    private const string KzUniversity = "KZ-UNIVERSITY-RESTART";

    [Fact]
    public async Task Requests_the_KZ_hub_accepted_before_a_crash_are_decided_after_it_restarts()
    {
        var references = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(i => IssueAndShareAsync(hubs.Ua, $"restart-{i}", $"L-RESTART-{i}", "hub-kz")));
        var university = University(hubs.Kz, KzUniversity);
        var accepted = await Task.WhenAll(references.Select((reference, i) =>
            university.SubmitRecognitionRequestAsync(CrossBorderRequests.Course($"restart-{i}", KzUniversity, reference)).ResponseAsync));

        await hubs.CrashAndRestartAsync("hub-kz");

        var after = University(hubs.Kz, KzUniversity);
        foreach (var (submitted, i) in accepted.Select((c, i) => (c, i)))
        {
            var settled = await CrossBorderRequests.WaitAsync(after, submitted.CaseId, s => s == CaseStatus.Decided, () => hubs.Kz.Output);
            Assert.Equal(RecognitionOutcome.Full, settled.Decision.Outcome);
            var again = await after.SubmitRecognitionRequestAsync(CrossBorderRequests.Course($"restart-{i}", KzUniversity, references[i]));
            Assert.Equal(submitted.CaseId, again.CaseId);
        }
    }
}
