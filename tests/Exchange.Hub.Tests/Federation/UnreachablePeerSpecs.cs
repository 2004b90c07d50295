using Exchange.Contracts.V1;
using Exchange.Hub.Security;

namespace Exchange.Hub.Tests.Federation;

/// <summary>When the issuing hub is down, a case that needs its credential waits visibly instead of failing, and
/// goes on as soon as that hub is back (its Hello wakes the case; the case's reminder would take a minute).</summary>
public sealed class UnreachablePeerSpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    private const string KzUniversity = "KZ-UNIVERSITY-2";

    [Fact]
    public async Task A_KZ_case_waits_for_a_stopped_UA_hub_and_is_decided_soon_after_UA_starts_again()
    {
        var reference = await FederatedParties.IssueAndShareAsync(hubs.Ua, "while-down", "L-WHILE-DOWN", "hub-kz");
        await hubs.StopUaAsync();
        var kz = hubs.Kz;
        var university = new RecognitionService.RecognitionServiceClient(kz.CreateChannel(kz.Token(new HubTokenRequest("admissions", HubRoles.Institution, KzUniversity))));

        var submitted = await university.SubmitRecognitionRequestAsync(CrossBorderRequests.Course("xb-down", KzUniversity, reference));
        var waiting = await CrossBorderRequests.WaitAsync(university, submitted.CaseId, s => s != CaseStatus.Received, () => kz.Output);

        Assert.Equal(CaseStatus.WaitingForPeer, waiting.Status);
        var check = Assert.Single(Assert.Single(waiting.VerificationReports).Checks);
        Assert.Equal(CheckResult.Unavailable, check.Result);
        Assert.Equal("PEER_UNAVAILABLE", check.FailureReason);

        var restartedAt = DateTime.UtcNow;
        await hubs.StartUaAsync();
        var decided = await CrossBorderRequests.WaitAsync(university, submitted.CaseId, s => s == CaseStatus.Decided, () => kz.Output);
        Assert.True(DateTime.UtcNow - restartedAt < TimeSpan.FromSeconds(30),
            "The case was decided only after the UA hub had been back for 30 s: its Hello did not wake the case.");
        Assert.Equal(VerificationVerdict.Valid, Assert.Single(decided.VerificationReports).Verdict);
    }
}
