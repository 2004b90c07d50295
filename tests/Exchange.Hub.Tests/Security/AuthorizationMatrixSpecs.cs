using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Contracts;
using Exchange.Hub.Tests.Hosting;
using Grpc.Core;

namespace Exchange.Hub.Tests.Security;

/// <summary>
/// Every RPC of the local API × every kind of caller, against a real hub: a caller the matrix does not admit is
/// refused by policy (anonymous: UNAUTHENTICATED; anyone else: PERMISSION_DENIED), and an admitted caller gets
/// past the gate (whatever its empty request then earns: INVALID_ARGUMENT, NOT_FOUND, an ownership refusal with
/// its reason, or an answer).
/// </summary>
public sealed class AuthorizationMatrixSpecs(EmbeddedHubFixture fixture) : IClassFixture<EmbeddedHubFixture>
{
    public static TheoryData<string, CallerRole> Calls()
    {
        var calls = new TheoryData<string, CallerRole>();
        foreach (var rpc in LocalApi.Methods)
        {
            foreach (var role in Enum.GetValues<CallerRole>())
            {
                calls.Add(rpc.FullName, role);
            }
        }

        return calls;
    }

    [Fact]
    public void The_matrix_names_every_rpc_of_the_local_api()
    {
        var rpcs = LocalApi.Methods.Select(m => m.FullName).Order().ToList();
        Assert.Equal(rpcs, AuthorizationMatrix.Admitted.Keys.Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_rpc_admits_exactly_its_roles(string rpc, CallerRole role)
    {
        var method = LocalApi.Methods.Single(m => m.FullName == rpc);
        using var channel = role == CallerRole.Anonymous ? fixture.Hub.CreateChannel() : fixture.Hub.CreateChannel(Token(role));
        var (code, reason) = await RawRpc.CallAsync(channel, method);

        if (AuthorizationMatrix.Admitted[rpc].Contains(role))
        {
            Assert.NotEqual(StatusCode.Unauthenticated, code);
            Assert.False(code == StatusCode.PermissionDenied && reason is null or "ROLE_NOT_ALLOWED",
                $"{role} should get past the gate of {rpc} but was refused by policy.");
        }
        else
        {
            // A refusal by policy says why, like every other refusal.
            Assert.Equal(role == CallerRole.Anonymous ? (StatusCode.Unauthenticated, "TOKEN_MISSING") : (StatusCode.PermissionDenied, "ROLE_NOT_ALLOWED"), (code, reason));
        }
    }

    private string Token(CallerRole role) => fixture.Hub.Token(role switch
    {
        CallerRole.Admin => new HubTokenRequest("admin-1", HubRoles.Admin),
        CallerRole.Institution => new HubTokenRequest("registrar-1", HubRoles.Institution, InstitutionId: "UA-MATRIX"),
        CallerRole.Officer => new HubTokenRequest("officer-1", HubRoles.Officer, CommissionMember: true),
        CallerRole.Learner => new HubTokenRequest("learner-1", HubRoles.Learner, LearnerId: "L-MATRIX"),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    });
}
