using Exchange.Hub.Federation.Client;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Mapping;
using Exchange.Hub.Mapping.Enums;
using Exchange.Hub.Web.Console;
using RecognitionPurpose = Exchange.Adapters.Recognition.RecognitionPurpose;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Web.LearnerRecords;

/// <summary>The learner's cases abroad (<c>/my/cases</c>): the cases universities opened at other hubs with the
/// learner's credentials, newest first, and the hubs that could not be asked.</summary>
/// <param name="AskedHubs">How many hubs were asked (none: the learner gave no credential to another hub).</param>
public sealed record CasesAbroadView(IReadOnlyList<CaseAbroadRow> Cases, IReadOnlyList<UnreachedHub> Unreached, int AskedHubs, DateTimeOffset AsOf)
{
    /// <param name="answers">What each hub answered (<see cref="CredentialCasesAbroad"/>).</param>
    /// <param name="credentialTitles">The learner's credentials' titles by id, in the reader's language.</param>
    public static CasesAbroadView Build(IReadOnlyList<HubCredentialCases> answers, IReadOnlyDictionary<string, string> credentialTitles, string language, DateTimeOffset now) => new(
        [.. answers.Where(a => a.Reached)
            .SelectMany(a => a.Cases!
                // A hub answers only about this hub's credentials; a case naming one of somebody else's is not shown.
                .Where(c => credentialTitles.ContainsKey(c.CredentialId))
                .Select(c => CaseAbroadRow.From(a, c, credentialTitles[c.CredentialId], language, now)))
            .OrderByDescending(r => r.ReceivedAt)
            .ThenBy(r => r.HubId, StringComparer.Ordinal)
            .ThenBy(r => r.CaseId, StringComparer.Ordinal)],
        [.. answers.Where(a => !a.Reached).Select(a => new UnreachedHub(a.HubId, a.Country))],
        answers.Count,
        now);
}

/// <summary>A hub that could not be asked (unreachable, or it did not answer in time).</summary>
public sealed record UnreachedHub(string HubId, string CountryCode);

/// <summary>One case abroad as the learner follows it.</summary>
/// <param name="Status">Null for a status this hub does not know (a newer peer).</param>
/// <param name="Outcome">The decision's outcome once decided, else null.</param>
public sealed record CaseAbroadRow(
    string HubId,
    string CountryCode,
    string CaseId,
    string CredentialId,
    string CredentialTitle,
    string Requester,
    RecognisedTargetKind? TargetKind,
    string TargetTitle,
    RecognitionPurpose? Purpose,
    CaseStatus? Status,
    DateTimeOffset ReceivedAt,
    DeadlineView Deadline,
    DecisionOutcome? Outcome,
    DateTimeOffset? DecidedAt,
    DateTimeOffset UpdatedAt)
{
    public static CaseAbroadRow From(HubCredentialCases hub, V1.CredentialCase c, string credentialTitle, string language, DateTimeOffset now)
    {
        var decided = c.Outcome is V1.RecognitionOutcome.Full or V1.RecognitionOutcome.Partial or V1.RecognitionOutcome.Denied;
        var final = c.Status is V1.CaseStatus.Decided or V1.CaseStatus.Withdrawn;
        return new CaseAbroadRow(
            hub.HubId,
            c.RequesterInstitution?.CountryCode is { Length: > 0 } country ? country : hub.Country,
            c.CaseId,
            c.CredentialId,
            credentialTitle,
            LocalTexts.Pick(Texts.From(c.RequesterInstitution?.Name), language) is { Length: > 0 } name ? name : c.RequesterInstitution?.OrganisationId ?? "",
            c.TargetKind is V1.TargetKind.Unspecified || !Enum.IsDefined(c.TargetKind) ? null : RecognitionEnums.ToDomain(c.TargetKind),
            LocalTexts.Pick(Texts.From(c.TargetTitle), language),
            c.Purpose is V1.RecognitionPurpose.Unspecified || !Enum.IsDefined(c.Purpose) ? null : RecognitionRequestMapper.Purpose(c.Purpose),
            c.Status is V1.CaseStatus.Unspecified || !Enum.IsDefined(c.Status) ? null : RecognitionEnums.ToDomain(c.Status),
            c.ReceivedAt?.ToDateTimeOffset() ?? now,
            // A decided or withdrawn case has no deadline left to run.
            final ? new DeadlineView(c.Deadline?.ToDateTimeOffset(), DeadlineState.None, null) : DeadlineView.Of(c.Deadline?.ToDateTimeOffset(), c.Overdue, now),
            decided ? RecognitionEnums.ToDomain(c.Outcome) : null,
            decided ? c.DecidedAt?.ToDateTimeOffset() : null,
            c.UpdatedAt?.ToDateTimeOffset() ?? now);
    }
}

/// <summary>Which hubs to ask about which of the learner's credentials: every hub a share grant gave a credential to
/// (the hub it names, or for a grant naming none, every hub that opened it), never this hub itself.</summary>
public static class CasesAbroadQuestion
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(IReadOnlyList<(string CredentialId, IReadOnlyList<ShareGrantRecord> Grants)> credentials, string ownHubId)
    {
        var byHub = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (credentialId, grants) in credentials)
        {
            var hubs = grants.SelectMany(g => g.RecipientHubId.Length > 0 ? [g.RecipientHubId] : g.OpenedByHubs ?? []);
            foreach (var hub in hubs.Where(h => h.Length > 0 && !string.Equals(h, ownHubId, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
            {
                if (!byHub.TryGetValue(hub, out var ids))
                {
                    byHub[hub] = ids = [];
                }

                if (!ids.Contains(credentialId, StringComparer.Ordinal))
                {
                    ids.Add(credentialId);
                }
            }
        }

        return byHub.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }
}
