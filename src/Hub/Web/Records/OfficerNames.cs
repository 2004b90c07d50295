using Exchange.Hub.Identity.Accounts;

namespace Exchange.Hub.Web.Records;

/// <summary>The hub's officers' display names by subject, as the record views name who decided or is assigned.</summary>
public static class OfficerNames
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(IPeopleDirectory people, CancellationToken cancellationToken) =>
        (await people.OfficersAsync(cancellationToken)).ToDictionary(p => p.Subject, p => p.DisplayName, StringComparer.Ordinal);
}
