namespace Exchange.Hub.Security;

/// <summary>Claim types in the hub's bearer tokens beyond the standard <c>sub</c>.</summary>
public static class HubClaims
{
    /// <summary>One of <see cref="HubRoles"/>.</summary>
    public const string Role = "role";

    /// <summary>Institution id of an institution principal, e.g. <c>UA-KNU</c>.</summary>
    public const string Institution = "institution";

    /// <summary>Learner id of a learner principal, as it appears in the learner's credentials.</summary>
    public const string Learner = "learner";

    /// <summary>"true" when an officer is a member of the recognition commission (commission mode).</summary>
    public const string CommissionMember = "commission";
}
