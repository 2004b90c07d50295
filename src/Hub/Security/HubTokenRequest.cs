namespace Exchange.Hub.Security;

/// <summary>What a bearer token says about its holder.</summary>
public sealed record HubTokenRequest(
    string Subject,
    string Role,
    string? InstitutionId = null,
    string? LearnerId = null,
    bool CommissionMember = false,
    TimeSpan? Lifetime = null);
