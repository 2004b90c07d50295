using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;

namespace Exchange.Hub.Credentials;

/// <summary>
/// The backstop behind the entry points' checks: a call to a credential grain whose key is not of
/// <see cref="CredentialIdShape"/> is refused on the caller's side, before Orleans activates anything, whichever
/// path (service, receiver, resolver) made it.
/// </summary>
internal sealed class CredentialIdShapeGuard : IOutgoingGrainCallFilter
{
    public Task Invoke(IOutgoingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.InterfaceMethod?.DeclaringType == typeof(ICredentialGrain) && !CredentialIdShape.IsWellFormed(context.TargetId.Key.ToString()))
        {
            throw new HubException(ErrorKind.InvalidArgument, "CREDENTIAL_ID_MALFORMED", $"The credential id must be {CredentialIdShape.Description}.");
        }

        return context.Invoke();
    }
}
