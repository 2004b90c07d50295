using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// The issuing hub asks a recognising hub for the cases universities opened there with its learners' credentials
/// (<c>HubFederation.ListCredentialCases</c>), and is answered about its own credentials only; a hub that cannot be
/// reached is reported as such beside the others' answers.
/// </summary>
public sealed class CredentialCasesSpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    private const string LearnerId = "L-UA-KZ-CASES";
    private const string KzUniversity = "KZ-UNIVERSITY-C";

    [Fact]
    public async Task UA_is_told_of_the_case_KZ_decided_on_its_credential_with_status_dates_and_outcome()
    {
        var reference = (await FederatedParties.IssueAsync(hubs.Ua, "UA-C-CASES", LearnerId, "cases-ua", "hub-kz")).Reference;
        var decided = await FederatedParties.RequestRecognitionAsync(hubs.Kz, KzUniversity, "cases-kz-1", reference);
        using var clients = UaCallingKz();

        var answer = await clients.CallAsync("hub-kz", async (c, o) => await c.ListCredentialCasesAsync(
            new ListCredentialCasesRequest { CredentialIds = { reference.CredentialId } }, o), CancellationToken.None);

        var listed = Assert.Single(answer.Cases);
        Assert.Equal((reference.CredentialId, decided.CaseId, KzUniversity, "KZ"),
            (listed.CredentialId, listed.CaseId, listed.RequesterInstitution.OrganisationId, listed.RequesterInstitution.CountryCode));
        Assert.Equal((decided.Status, decided.ReceivedAt, TargetKind.Course, "Data analysis"),
            (listed.Status, listed.ReceivedAt, listed.TargetKind, listed.TargetTitle.Values[0].Text));
        Assert.Equal(decided.Decision?.Outcome ?? RecognitionOutcome.Unspecified, listed.Outcome);
        Assert.Equal(decided.Deadline, listed.Deadline);
    }

    [Fact]
    public async Task A_hub_is_told_nothing_of_cases_on_credentials_another_hub_issued()
    {
        var kzOwn = (await FederatedParties.IssueAsync(hubs.Kz, "KZ-C-OWN", "L-KZ-CASES", "cases-kz-own", "")).Reference;
        await FederatedParties.RequestRecognitionAsync(hubs.Kz, KzUniversity, "cases-kz-2", kzOwn);
        using var clients = UaCallingKz();

        var answer = await clients.CallAsync("hub-kz", async (c, o) => await c.ListCredentialCasesAsync(
            new ListCredentialCasesRequest { CredentialIds = { kzOwn.CredentialId } }, o), CancellationToken.None);

        Assert.Empty(answer.Cases);
    }

    [Fact]
    public async Task An_unsigned_call_is_refused_before_anything_is_looked_up()
    {
        using var channel = hubs.Kz.CreateChannel();
        var unsigned = new HubFederation.HubFederationClient(channel);

        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () =>
            await unsigned.ListCredentialCasesAsync(new ListCredentialCasesRequest { CredentialIds = { "UA-CRED-00000000000000000000" } }));

        Assert.Equal(Grpc.Core.StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Fact]
    public async Task Asking_about_no_credential_or_more_than_a_hundred_is_refused_by_field()
    {
        using var clients = UaCallingKz();
        var tooMany = new ListCredentialCasesRequest();
        tooMany.CredentialIds.AddRange(Enumerable.Range(0, 101).Select(i => $"UA-CRED-{i:x20}"));

        foreach (var request in new[] { new ListCredentialCasesRequest(), tooMany })
        {
            var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => clients.CallAsync("hub-kz", async (c, o) => await c.ListCredentialCasesAsync(request, o), CancellationToken.None));
            Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, refused.StatusCode);
        }
    }

    [Fact]
    public async Task A_hub_that_cannot_be_reached_is_reported_beside_the_answers_of_the_others()
    {
        var reference = (await FederatedParties.IssueAsync(hubs.Ua, "UA-C-ABROAD", LearnerId, "cases-abroad", "hub-kz")).Reference;
        await FederatedParties.RequestRecognitionAsync(hubs.Kz, KzUniversity, "cases-kz-3", reference);
        var gone = new PinnedPeer("hub-lv", "LV", new Uri($"http://127.0.0.1:{FreePorts.Take(1)[0]}"), []);
        var peers = new PeerDirectory([TwoHubsFixture.Pinned(hubs.KzSettings, hubs.KzKeys), gone]);
        using var clients = new PeerClients(peers, hubs.UaKeys, Pipelines(), TimeProvider.System);
        var abroad = new CredentialCasesAbroad(clients, peers, TimeProvider.System, NullLogger<CredentialCasesAbroad>.Instance);

        var answers = await abroad.AskAsync(new Dictionary<string, IReadOnlyList<string>>
        {
            ["hub-kz"] = [reference.CredentialId],
            ["hub-lv"] = [reference.CredentialId],
        }, CancellationToken.None);

        Assert.Equal([("hub-kz", true), ("hub-lv", false)], answers.Select(a => (a.HubId, a.Reached)));
        Assert.Equal(reference.CredentialId, Assert.Single(answers[0].Cases!).CredentialId);
    }

    private PeerClients UaCallingKz() => new(new PeerDirectory([TwoHubsFixture.Pinned(hubs.KzSettings, hubs.KzKeys)]), hubs.UaKeys, Pipelines(), TimeProvider.System);

    private static PeerCallPipelines Pipelines() =>
        new(Options.Create(new PeerResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(10) }), TimeProvider.System);
}
