using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Exchange.Hub.Tests.Outside;

/// <summary>
/// How an imported credential's Bitstring status is checked: fetched only from the issuer's own host and only when
/// the hub is allowed to reach it, the list verified with the issuer's trusted key, a set bit failing the credential,
/// and every obstacle named as "could not be checked" (an officer reads it), never read as "not revoked".
/// </summary>
public sealed class VcJwtStatusSpecs : IDisposable
{
    private const string ListUrl = "https://badges.example.edu/status/1";
    private readonly OutsideIssuerKeys _issuer = new();

    public void Dispose() => _issuer.Dispose();

    private string BadgeWithStatus(string listUrl, int index, string purpose = "revocation")
    {
        var badge = OutsideDocuments.Badge(_issuer.IssuerId);
        badge["credentialStatus"] = OutsideStatusLists.Entry(listUrl, index, purpose);
        return _issuer.SignEs256(OutsideDocuments.Ob3Payload(badge));
    }

    private OutsideReaders.Answering Serving(JsonObject listPayload) =>
        new(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(_issuer.SignEs256(listPayload), Encoding.ASCII, "application/vc+jwt") });

    private static async Task<CheckOutcome> Revocation(VcJwtReader reader, string jws) =>
        (await reader.ReadAsync(Encoding.ASCII.GetBytes(jws), CancellationToken.None)).Verification.Checks.Single(c => c.Check == VerificationCheck.Revocation);

    [Fact]
    public async Task A_set_revocation_bit_fails_the_credential_as_revoked()
    {
        var network = Serving(OutsideStatusLists.ListPayload(_issuer.IssuerId, ListUrl, [7, 42]));
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()), network, null, "badges.example.edu");

        var check = await Revocation(reader, BadgeWithStatus(ListUrl, 42));

        Assert.Equal(CheckResult.Failed, check.Result);
        Assert.Equal("CREDENTIAL_REVOKED", check.FailureReason);
        Assert.Contains("entry 42", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clear_bit_passes_and_the_list_is_fetched_once_while_its_ttl_lasts()
    {
        var network = Serving(OutsideStatusLists.ListPayload(_issuer.IssuerId, ListUrl, [7]));
        var time = new FakeTimeProvider(OutsideReaders.Now);
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()), network, time, "badges.example.edu");

        var first = await Revocation(reader, BadgeWithStatus(ListUrl, 8));
        var second = await Revocation(reader, BadgeWithStatus(ListUrl, 9));
        time.Advance(TimeSpan.FromMinutes(6));
        await Revocation(reader, BadgeWithStatus(ListUrl, 9));

        Assert.Equal(CheckResult.Passed, first.Result);
        Assert.Equal(CheckResult.Passed, second.Result);
        Assert.Equal(2, network.Requested.Count);
    }

    [Fact]
    public async Task A_set_suspension_bit_fails_the_credential_as_suspended()
    {
        var network = Serving(OutsideStatusLists.ListPayload(_issuer.IssuerId, ListUrl, [3], purpose: "suspension"));
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()), network, null, "badges.example.edu");

        var check = await Revocation(reader, BadgeWithStatus(ListUrl, 3, "suspension"));

        Assert.Equal(CheckResult.Failed, check.Result);
        Assert.StartsWith("Suspended", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_the_hub_may_not_reach_is_named_and_not_contacted()
    {
        var network = Serving(OutsideStatusLists.ListPayload(_issuer.IssuerId, ListUrl, [42]));
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()), network);

        var check = await Revocation(reader, BadgeWithStatus(ListUrl, 42));

        Assert.Equal(CheckResult.NeedsReview, check.Result);
        Assert.Equal("STATUS_NOT_CHECKED", check.FailureReason);
        Assert.Contains("may not reach host badges.example.edu", check.Detail, StringComparison.Ordinal);
        Assert.Empty(network.Requested);
    }

    [Fact]
    public async Task A_list_on_another_host_than_the_issuers_is_not_fetched()
    {
        var network = Serving(OutsideStatusLists.ListPayload(_issuer.IssuerId, "https://lists.example.net/1", [42]));
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()), network, null, "badges.example.edu", "lists.example.net");

        var check = await Revocation(reader, BadgeWithStatus("https://lists.example.net/1", 42));

        Assert.Equal(CheckResult.NeedsReview, check.Result);
        Assert.Contains("not on the issuer's host", check.Detail, StringComparison.Ordinal);
        Assert.Empty(network.Requested);
    }

    [Fact]
    public async Task A_list_signed_by_a_key_the_issuer_never_registered_is_not_believed()
    {
        using var stranger = new OutsideIssuerKeys(_issuer.IssuerId);
        var network = new OutsideReaders.Answering(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(stranger.SignEs256(OutsideStatusLists.ListPayload(_issuer.IssuerId, ListUrl, [])), Encoding.ASCII, "application/vc+jwt"),
        });
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()), network, null, "badges.example.edu");

        var check = await Revocation(reader, BadgeWithStatus(ListUrl, 42));

        Assert.Equal(CheckResult.NeedsReview, check.Result);
        Assert.Contains("does not verify with a trusted key", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_with_a_Data_Integrity_proof_is_named_as_not_checked_yet()
    {
        var list = OutsideStatusLists.ListPayload(_issuer.IssuerId, ListUrl, []);
        list["proof"] = new JsonObject { ["type"] = "DataIntegrityProof", ["cryptosuite"] = "eddsa-rdfc-2022" };
        var network = new OutsideReaders.Answering(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(list.ToJsonString()) });
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()), network, null, "badges.example.edu");

        var check = await Revocation(reader, BadgeWithStatus(ListUrl, 1));

        Assert.Contains("Data Integrity", check.Detail, StringComparison.Ordinal);
        Assert.Equal(CheckResult.NeedsReview, check.Result);
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_not_followed()
    {
        var network = new OutsideReaders.Answering(_ => new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("https://evil.example.net/list") } });
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()), network, null, "badges.example.edu");

        var check = await Revocation(reader, BadgeWithStatus(ListUrl, 1));

        Assert.Contains("redirects to another host", check.Detail, StringComparison.Ordinal);
        Assert.Single(network.Requested);
    }

    [Fact]
    public async Task An_unanswered_list_is_named_and_the_verdict_goes_to_an_officer()
    {
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()), null, null, "badges.example.edu");

        var read = await reader.ReadAsync(Encoding.ASCII.GetBytes(BadgeWithStatus(ListUrl, 1)), CancellationToken.None);

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        Assert.Contains("answered 404", read.Verification.Checks.Single(c => c.Check == VerificationCheck.Revocation).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_credential_is_found_on_a_list_served_over_real_loopback_HTTP()
    {
        var port = FreePorts.Take(1)[0];
        using var issuer = new OutsideIssuerKeys($"http://127.0.0.1:{port}");
        var listUrl = $"http://127.0.0.1:{port}/status/1";
        var list = issuer.SignEs256(OutsideStatusLists.ListPayload(issuer.IssuerId, listUrl, [5]));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.MapGet("/status/1", () => Results.Text(list, "application/vc+jwt"));
        await app.StartAsync();
        var badge = OutsideDocuments.Badge(issuer.IssuerId);
        badge["credentialStatus"] = OutsideStatusLists.Entry(listUrl, 5);
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(issuer.Trusted()), handler, null, "127.0.0.1");

        var read = await reader.ReadAsync(Encoding.ASCII.GetBytes(issuer.SignEs256(OutsideDocuments.Ob3Payload(badge))), CancellationToken.None);

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Equal("CREDENTIAL_REVOKED", read.Verification.Checks.Single(c => c.Check == VerificationCheck.Revocation).FailureReason);
    }
}
