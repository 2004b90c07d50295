namespace Exchange.Hub.Tests.Security;

/// <summary>Who calls in the authorization matrix.</summary>
public enum CallerRole
{
    Anonymous,
    Admin,
    Institution,
    Officer,
    Learner,
}
