namespace Exchange.Hub.Security;

/// <summary>
/// Authorization policy names used on gRPC services and methods (<c>[Authorize(Policy = HubPolicies.X)]</c>).
/// Policies decide who may call an RPC at all; whether the caller may touch a particular object (a university
/// reading its own case, a learner sharing their own credential) is checked in the service with
/// <see cref="CallerIdentity"/>, because only the object knows its owner.
/// </summary>
public static class HubPolicies
{
    public const string Admin = "hub.admin";
    public const string Institution = "hub.institution";
    public const string AdminOrInstitution = "hub.admin-or-institution";
    public const string Officer = "hub.officer";
    public const string AdminOrOfficer = "hub.admin-or-officer";
    public const string Learner = "hub.learner";
    public const string InstitutionOrLearner = "hub.institution-or-learner";

    /// <summary>Any authenticated principal of this hub.</summary>
    public const string Authenticated = "hub.authenticated";
}
