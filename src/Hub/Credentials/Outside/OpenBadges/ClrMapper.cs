using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.OpenBadges;

/// <summary>
/// Maps a CLR 2.0 ClrCredential as one credential: the learner, issuer and title of the CLR; the learning outcomes of
/// every achievement; the credits of the verified embedded credentials added up without counting a programme and its
/// courses twice (of the achievements linked by association isParentOf / isPartOf / isChildOf, only the top-most one
/// that states credits on any path counts, as ELMO's rule for ECTS); the level and kind of the top-most achievement.
/// Only embedded credentials whose signature verified contribute content (the reader passes those).
/// </summary>
public static class ClrMapper
{
    public static Credential Map(VcJwtPayload clr, IReadOnlyList<(VcJwtPayload Payload, Credential Credential)> parts, OutsideMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(clr);
        ArgumentNullException.ThrowIfNull(parts);
        var credential = clr.Credential;
        var subject = VcJwtPayload.Subject(credential);
        var language = OpenBadgeMapper.Language(credential);
        var ownAchievements = (subject?["achievement"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var parents = Parents(subject?["association"] as JsonArray);

        var nodes = parts
            .Select(p => (Id: VcJwtPayload.IdOf(OpenBadgeMapper.AchievementOf(VcJwtPayload.Subject(p.Payload.Credential))) ?? p.Credential.Id, p.Credential))
            .ToList();
        var roots = nodes.Where(n => !parents.ContainsKey(n.Id)).Select(n => n.Credential).ToList();
        var (workload, creditNote) = Credits(nodes, parents);
        var outcomes = parts.SelectMany(p => p.Credential.LearningOutcomes)
            .Concat(ownAchievements.SelectMany(a => OpenBadgeMapper.Outcomes(a, OpenBadgeMapper.Language(a) ?? language)))
            .DistinctBy(o => o.SkillUri?.AbsoluteUri ?? o.Display)
            .ToList();
        var title = LanguageValues.Read(credential["name"], language);
        return new Credential
        {
            Id = clr.CredentialId ?? "",
            Kind = roots.Any(r => r.Kind == CredentialKind.Degree) ? CredentialKind.Degree : CredentialKind.CourseResult,
            Learner = OpenBadgeMapper.LearnerOf(subject, clr.SubjectId),
            Title = title.Count > 0 ? title : roots.FirstOrDefault()?.Title ?? [],
            IssuerCountry = context.TrustedCountry is { Length: > 0 } trusted ? trusted : OpenBadgeMapper.CountryOf(credential["issuer"] as JsonObject),
            AwardingBody = OpenBadgeMapper.AwardingBody(null, credential["issuer"] as JsonObject, clr.IssuerId, context),
            IssueDate = OpenBadgeMapper.IssueDate(credential, clr),
            LearningOutcomes = outcomes,
            Workload = workload,
            Level = roots.Select(r => r.Level).FirstOrDefault(l => l is not null)
                ?? ownAchievements.Where(a => VcJwtPayload.IdOf(a) is not { } id || !parents.ContainsKey(id)).Select(a => AlignmentLevels.Of(a["alignment"])).FirstOrDefault(l => l is not null),
            QualityAssurance = OpenBadgeMapper.QualityAssuranceOf(context.QualityAssurance),
            FurtherInformation = creditNote,
        };
    }

    /// <summary>child achievement id → parent achievement id, from the CLR's associations.</summary>
    public static Dictionary<string, string> Parents(JsonArray? associations)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var association in (associations ?? []).OfType<JsonObject>())
        {
            var source = VcJwtPayload.Text(association["sourceId"]);
            var target = VcJwtPayload.Text(association["targetId"]);
            if (source is null || target is null || source == target)
            {
                continue;
            }

            switch (VcJwtPayload.Text(association["associationType"]))
            {
                case "isParentOf":
                    parents.TryAdd(target, source);
                    break;
                case "isPartOf" or "isChildOf":
                    parents.TryAdd(source, target);
                    break;
            }
        }

        return parents;
    }

    /// <summary>The credits of the top-most credit-bearing achievements, summed when they share one system.</summary>
    private static (Workload? Workload, string? Note) Credits(List<(string Id, Credential Credential)> nodes, Dictionary<string, string> parents)
    {
        // The same achievement awarded in two embedded credentials (a course retaken, a badge issued again) counts once.
        var withCredits = nodes.Where(n => n.Credential.Workload is not null)
            .GroupBy(n => n.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Credential.Workload!, StringComparer.Ordinal);
        var counted = withCredits.Where(n => !Ancestors(n.Key, parents).Any(withCredits.ContainsKey)).Select(n => n.Value).ToList();
        if (counted.Count == 0)
        {
            return (null, null);
        }

        var units = counted.Select(w => w.Unit).Distinct().ToList();
        return units.Count == 1
            ? (new Workload(counted.Sum(w => w.Amount), units[0]), null)
            : (null, "Credits in several systems, not added up: " + string.Join(", ", counted.Select(w => $"{w.Amount} {w.Unit}")));
    }

    private static IEnumerable<string> Ancestors(string id, Dictionary<string, string> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        while (parents.TryGetValue(id, out var parent) && seen.Add(parent))
        {
            yield return parent;
            id = parent;
        }
    }
}
