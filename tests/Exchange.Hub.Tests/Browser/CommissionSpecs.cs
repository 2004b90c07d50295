using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>A commission of three, each member voting from their own sign-in, and the sealed protocol that results.</summary>
[Collection(BrowserGroup.Name)]
public sealed class CommissionSpecs(BrowserFederation federation)
{
    [Fact]
    public async Task Three_members_vote_from_their_own_sign_ins_and_the_sealed_protocol_verifies()
    {
        var caseId = federation.CommissionCaseId;
        // A split first two votes leave the commission open, so the third member's vote decides.
        var votes = new[] { ("kz-commission-1", "Partial recognition"), ("kz-commission-2", "Denial"), ("kz-commission-3", "Partial recognition") };
        IPage? last = null;
        var contexts = new List<IBrowserContext>();
        try
        {
            foreach (var (member, choice) in votes)
            {
                var context = await federation.Sessions.ContextAsync(federation.Kz, member);
                contexts.Add(context);
                last = await context.NewPageAsync();
                await last.GotoAsync(federation.Kz.HttpAddress + $"console/cases/{caseId}/vote");
                await last.GetByLabel(choice, new() { Exact = true }).CheckAsync();
                await last.GetByLabel("Reasons", new() { Exact = true }).FillAsync($"{member}: {choice}.");
                await last.GetByRole(AriaRole.Button, new() { Name = "Cast the vote" }).ClickAsync();
                await last.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }

            await last!.GotoAsync(federation.Kz.HttpAddress + $"console/cases/{caseId}/protocol");
            await last.GetByRole(AriaRole.Heading, new() { Name = "Seal verified" }).WaitForAsync();
            await PageEvidence.AssertAccessibleAsync(last);
            await PageEvidence.ScreenshotAsync(last, "console-protocol");
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }

        using var channel = federation.Kz.CreateChannel(federation.Kz.Token(new HubTokenRequest("kz-officer", HubRoles.Officer)));
        var sealedProtocol = await new ReviewService.ReviewServiceClient(channel).GetCommissionProtocolAsync(new GetCommissionProtocolRequest { CaseId = caseId });
        var protocol = CommissionProtocol.Parser.ParseFrom(sealedProtocol.ProtocolBytes);
        Assert.Equal([.. BrowserFederation.CommissionMembers], protocol.Votes.Select(v => v.OfficerId).Order());
        Assert.Equal((2, 1), (protocol.Tally.Partial, protocol.Tally.Denied));
        Assert.Equal(RecognitionOutcome.Partial, protocol.Decision.Outcome);
        using var keys = new HubKeyRing(federation.Kz.Settings.HubId, federation.Kz.Settings.EffectiveKeysFolder);
        Assert.Equal(keys.AttestationKeyId, sealedProtocol.HubKeyId);
        Assert.True(Es256.Verify(keys.AttestationKey, SignedDigest.Compute(SigningContext.CommissionProtocol, sealedProtocol.ProtocolBytes.Memory), sealedProtocol.Signature.Span),
            "The protocol's seal does not verify with hub-kz's attestation key.");
    }
}
