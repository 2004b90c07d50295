namespace Exchange.Hub.Identity.Accounts;

/// <summary>
/// Who may sit on this hub's decisions, read from its accounts: the officers, and among them the commission members.
/// The console composes commissions from it; it sees names, never passwords or roles beyond what is listed.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>Every officer of this hub (commission members included), by display name.</summary>
    Task<IReadOnlyList<PersonSummary>> OfficersAsync(CancellationToken cancellationToken);

    /// <summary>The officers who may sit on a recognition commission, by display name.</summary>
    Task<IReadOnlyList<PersonSummary>> CommissionMembersAsync(CancellationToken cancellationToken);
}

/// <summary>One person as the console lists them: the subject their tokens and web sign-in carry, the name shown.</summary>
public sealed record PersonSummary(string Subject, string DisplayName, bool CommissionMember);
