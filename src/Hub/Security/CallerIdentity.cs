using System.Security.Claims;
using Exchange.Hub.Errors;
using Grpc.Core;

namespace Exchange.Hub.Security;

/// <summary>Who is calling, read from the authenticated principal of a gRPC call.</summary>
public sealed record CallerIdentity(string Subject, string Role, string? InstitutionId, string? LearnerId, bool IsCommissionMember)
{
    public bool IsAdmin => Role == HubRoles.Admin;

    public bool IsOfficer => Role == HubRoles.Officer;

    public bool IsInstitution => Role == HubRoles.Institution;

    public bool IsLearner => Role == HubRoles.Learner;

    public static CallerIdentity From(ServerCallContext context) => From(context.GetHttpContext().User);

    public static CallerIdentity From(ClaimsPrincipal user)
    {
        var subject = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = user.FindFirstValue(HubClaims.Role) ?? user.FindFirstValue(ClaimTypes.Role);
        if (subject is null || role is null)
        {
            throw new HubException(ErrorKind.Unauthenticated, "NOT_AUTHENTICATED", "The call carries no valid bearer token.");
        }

        return new CallerIdentity(
            subject,
            role,
            user.FindFirstValue(HubClaims.Institution),
            user.FindFirstValue(HubClaims.Learner),
            string.Equals(user.FindFirstValue(HubClaims.CommissionMember), "true", StringComparison.Ordinal));
    }

    /// <summary>Refuses the call unless the caller is the given institution (or an administrator).</summary>
    public void RequireInstitutionOrAdmin(string institutionId)
    {
        if (!IsAdmin && !(IsInstitution && string.Equals(InstitutionId, institutionId, StringComparison.Ordinal)))
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED",
                $"Only institution {institutionId} or a national-centre administrator may do this.");
        }
    }
}
