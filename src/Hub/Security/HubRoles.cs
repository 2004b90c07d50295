namespace Exchange.Hub.Security;

/// <summary>The kinds of principal that call a hub's local API (values of the <c>role</c> claim).</summary>
public static class HubRoles
{
    /// <summary>The national centre's administrator: registry, keys, quality assurance, policy.</summary>
    public const string Admin = "admin";

    /// <summary>An institution (issuer or university/employer), identified by <see cref="HubClaims.Institution"/>.</summary>
    public const string Institution = "institution";

    /// <summary>A recognition officer of this hub; may also sit on a commission.</summary>
    public const string Officer = "officer";

    /// <summary>A learner, identified by <see cref="HubClaims.Learner"/>; reaches only their own credentials.</summary>
    public const string Learner = "learner";
}
