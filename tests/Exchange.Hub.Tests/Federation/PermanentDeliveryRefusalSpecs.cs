using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Tests.Federation;

/// <summary>Which refusals of a delivered message the outbox sets aside (permanent) and which it keeps retrying.</summary>
public sealed class PermanentDeliveryRefusalSpecs
{
    [Theory]
    [InlineData(ErrorKind.PermissionDenied, "CREDENTIAL_NOT_SHARED", true)]
    [InlineData(ErrorKind.NotFound, "CREDENTIAL_NOT_FOUND", true)]
    [InlineData(ErrorKind.InvalidArgument, "INVALID_ARGUMENT", true)]
    [InlineData(ErrorKind.PermissionDenied, "UNKNOWN_KEY", false)]
    [InlineData(ErrorKind.PermissionDenied, "UNKNOWN_HUB", false)]
    [InlineData(ErrorKind.Unauthenticated, "REQUEST_SIGNATURE_INVALID", false)]
    [InlineData(ErrorKind.Unavailable, "REQUEST_PREDATES_REPLAY_MEMORY", false)]
    public void A_refusal_about_the_message_is_permanent_one_about_the_sender_or_an_outage_is_retried(ErrorKind kind, string reason, bool permanent) =>
        Assert.Equal(permanent, PermanentDeliveryRefusal.IsAboutTheMessage(ExceptionMappingInterceptor.ToRpc(new HubException(kind, reason, "refused"))));

    [Fact]
    public void A_permission_refusal_without_a_reason_is_retried() =>
        Assert.False(PermanentDeliveryRefusal.IsAboutTheMessage(new RpcException(new Status(StatusCode.PermissionDenied, "no"))));
}
