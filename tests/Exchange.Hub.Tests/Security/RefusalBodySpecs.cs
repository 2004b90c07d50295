using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Hosting;
using Grpc.Core;

namespace Exchange.Hub.Tests.Security;

/// <summary>
/// Every refusal of a real hub says why, on both surfaces: a google.rpc.Status body with an ErrorInfo reason or field
/// violations, also for the refusals that happen before a service runs (authentication, authorization, size).
/// </summary>
public sealed class RefusalBodySpecs(EmbeddedHubFixture fixture) : IClassFixture<EmbeddedHubFixture>
{
    [Fact]
    public async Task A_REST_call_without_a_token_is_answered_401_with_a_status_body_and_a_reason()
    {
        using var response = await Http().GetAsync("/v1/credentials");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal((16, "TOKEN_MISSING"), await CodeAndReasonAsync(response));
    }

    [Fact]
    public async Task A_REST_call_with_a_bad_token_is_answered_401_TOKEN_INVALID()
    {
        using var http = Http("not.a.token");
        using var response = await http.GetAsync("/v1/credentials");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal((16, "TOKEN_INVALID"), await CodeAndReasonAsync(response));
    }

    [Fact]
    public async Task A_REST_call_the_role_does_not_allow_is_answered_403_with_a_status_body_and_a_reason()
    {
        using var http = Http(fixture.Hub.Token(new HubTokenRequest("learner-1", HubRoles.Learner, LearnerId: "L-1")));
        using var response = await http.PostAsync("/v1/registry/institutions", Json("{}"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal((7, "ROLE_NOT_ALLOWED"), await CodeAndReasonAsync(response));
    }

    [Fact]
    public async Task A_gRPC_call_the_policy_refuses_carries_its_reason()
    {
        var anonymous = new IssuingService.IssuingServiceClient(fixture.Hub.CreateChannel());

        var refused = await Assert.ThrowsAsync<RpcException>(() => anonymous.ListCredentialsAsync(new ListCredentialsRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Equal("TOKEN_MISSING", refused.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task A_random_credential_id_is_refused_as_invalid_on_both_surfaces()
    {
        using var response = await Http().GetAsync("/v1/credentials/%3Cscript%3E/status");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("credential_id", await FieldsAsync(response));

        var verifier = new VerificationService.VerificationServiceClient(fixture.Hub.CreateChannel());
        var refused = await Assert.ThrowsAsync<RpcException>(() => verifier.VerifyCredentialAsync(new VerifyCredentialRequest
        {
            Shared = new SharedCredentialRef { IssuingHubId = fixture.Hub.Settings.HubId, CredentialId = Guid.NewGuid().ToString(), ShareCode = "guess" },
        }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(refused.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations, v => v.Field == "shared.credential_id");
    }

    [Fact]
    public async Task A_REST_body_over_the_request_limit_is_refused_with_a_field_violation()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/verify")
        {
            Content = Json("{\"shared\":{\"shareCode\":\"" + new string('a', 5 * 1024 * 1024) + "\"}}"),
        };
        // The hub answers from the announced length; the client need not send bytes the hub will not read.
        request.Headers.ExpectContinue = true;
        using var response = await Http().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("body", await FieldsAsync(response));
    }

    [Fact]
    public async Task A_one_megabyte_name_or_a_bidi_override_is_refused_over_gRPC_with_its_field_path()
    {
        var verifier = new VerificationService.VerificationServiceClient(fixture.Hub.CreateChannel());

        var refused = await Assert.ThrowsAsync<RpcException>(() => verifier.VerifyCredentialAsync(new VerifyCredentialRequest
        {
            Shared = new SharedCredentialRef { IssuingHubId = new string('h', 1024 * 1024), CredentialId = "UA-CRED-0000000000000000dead", ShareCode = "\u202Eedoc" },
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["shared.issuing_hub_id", "shared.share_code"],
            refused.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).ToArray());
        Assert.True(refused.Status.Detail.Length < 1000, "The refusal must not echo the input back.");
    }

    [Fact]
    public async Task A_REST_body_with_a_value_of_the_wrong_type_is_refused_naming_the_field_and_logged_quietly()
    {
        using var wrongType = await Http().PostAsync("/v1/verify", Json("{\"shared\": {\"issuingHubId\": \"hub-embedded\", \"credentialId\": 12}}"));
        using var badBytes = await Http().PostAsync("/v1/verify", Json("{\"envelope\": {\"headerBytes\": \"!!!\"}}"));

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(["shared.credential_id"], await FieldsAsync(wrongType));
        Assert.Equal(["envelope.header_bytes"], await FieldsAsync(badBytes));
        Assert.DoesNotContain("JsonException", fixture.Hub.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_REST_body_that_is_not_JSON_is_refused_naming_where_it_broke()
    {
        using var response = await Http().PostAsync("/v1/verify", Json("{\"shared\": {\"credentialId\": \"UA-CRED-"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("$.shared", Assert.Single(await FieldsAsync(response)), StringComparison.Ordinal);
    }

    private HttpClient Http(string? token = null)
    {
        var http = fixture.Hub.CreateHttpClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<(int Code, string? Reason)> CodeAndReasonAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reason = body.RootElement.GetProperty("details").EnumerateArray()
            .Where(d => d.GetProperty("@type").GetString()!.EndsWith("google.rpc.ErrorInfo", StringComparison.Ordinal))
            .Select(d => d.GetProperty("reason").GetString()).FirstOrDefault();
        return (body.RootElement.GetProperty("code").GetInt32(), reason);
    }

    private static async Task<List<string>> FieldsAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("details").EnumerateArray()
            .Where(d => d.TryGetProperty("fieldViolations", out _))
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray())
            .Select(v => v.GetProperty("field").GetString()!)];
    }
}
