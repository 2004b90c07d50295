using Exchange.Contracts.V1;
using Exchange.Hub.Security;

namespace Exchange.Hub.Tests.Federation;

/// <summary>When the issuing hub is down, a case that needs its credential waits visibly instead of failing.</summary>
public sealed class UnreachablePeerSpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    [Fact]
    public async Task A_KZ_case_for_a_credential_of_a_stopped_UA_hub_waits_for_the_peer()
    {
        await hubs.Ua.StopAsync();
        var kz = hubs.Kz;
        var university = new RecognitionService.RecognitionServiceClient(kz.CreateChannel(kz.Token(new HubTokenRequest("admissions", HubRoles.Institution, "KZ-UNIVERSITY-2"))));
        var reference = new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = "UA-CRED-WHILE-DOWN", ShareCode = "any-code" };

        var submitted = await university.SubmitRecognitionRequestAsync(CrossBorderRequests.Course("xb-down", "KZ-UNIVERSITY-2", reference));
        var waiting = await CrossBorderRequests.WaitAsync(university, submitted.CaseId, s => s != CaseStatus.Received, () => kz.Output);

        Assert.Equal(CaseStatus.WaitingForPeer, waiting.Status);
        var check = Assert.Single(Assert.Single(waiting.VerificationReports).Checks);
        Assert.Equal(CheckResult.Unavailable, check.Result);
        Assert.Equal("PEER_UNAVAILABLE", check.FailureReason);
    }
}
