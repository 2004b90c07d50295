using Exchange.Adapters.AccessData;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using static Exchange.Adapters.Recognition.Criteria.Assessments;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>
/// Access: what each credential opens in its own country against the programme it is to open here (LRC Art. IV.1,
/// VI.3) [R1]. A credential that opens no further study at the programme's level at home — employment only, a
/// regulated profession only, or further study only below it — may differ substantially [R7]; an officer decides.
/// Weighed for programmes and only for the purposes that admit to study; rights stated on the document win over
/// rights derived from national data. Orientation is not weighed here (see <see cref="ProfileCriterion"/>).
/// </summary>
internal static class AccessCriterion
{
    private const int HighestEqf = 8;

    public static CriterionAssessment Assess(Evidence evidence, RecognitionTarget target, PurposeSettings settings)
    {
        if (!settings.CompareAccess)
        {
            return Make(Criterion.Access, Finding.NotConsidered, null, null, "access.not_weighed", "Access rights are not weighed for this purpose.");
        }

        if (target.Kind != TargetKind.Programme)
        {
            return Make(Criterion.Access, Finding.NotConsidered, null, null, "access.not_programme",
                "The target is not a programme or qualification, so access to further study is not weighed.");
        }

        if ((target.ProgrammeEqfLevel ?? target.RequiredEqfLevel + 1) is not { } level)
        {
            return Make(Criterion.Access, Finding.NotConsidered, null, null, "access.no_programme_level",
                "The target states no level, so the access it needs is not known.");
        }

        var required = Math.Min(level, HighestEqf);
        CriterionAssessment? worst = null;
        CredentialAccess? lowest = null;
        var unknown = new List<string>();
        foreach (var access in evidence.Access)
        {
            if (!access.Rights.Any(r => r.Kind != AccessKind.Unspecified))
            {
                unknown.Add(access.CredentialId);
                continue;
            }

            if (access.HighestFurtherStudy is { } opens && opens >= required)
            {
                lowest = lowest?.HighestFurtherStudy <= opens ? lowest : access;
                continue;
            }

            var gap = Gap(access, required);
            if (worst is null || gap.Finding > worst.Finding)
            {
                worst = gap;
            }
        }

        if (worst is not null)
        {
            return worst;
        }

        if (unknown.Count > 0)
        {
            var ids = string.Join(", ", unknown);
            return Make(Criterion.Access, Finding.NotConsidered, null, null, "access.not_stated",
                Say($"{ids} states no access rights and none can be derived from national data; the level criterion weighs the level."),
                Arg("credentials", ids), Arg("required", required));
        }

        return Meets(lowest!, required);
    }

    private static CriterionAssessment Meets(CredentialAccess access, int required)
    {
        var right = access.Rights.Where(r => r.Kind == AccessKind.FurtherStudy && r.EqfLevel is not null).MaxBy(r => r.EqfLevel)!;
        var opens = right.EqfLevel!.Value;
        MessageArgument[] args = [Arg("credential", access.CredentialId), Arg("actual", Codes(access)), Arg("required", required), Arg("level", opens), Arg("source", right.Source)];
        return right.IsDerived
            ? Make(Criterion.Access, Finding.NoDifference, opens - required, "EQF", "access.meets_derived",
                Say($"{access.CredentialId} states no access rights; the national data {right.Source} give further study up to EQF {opens} at home, which reaches the programme's EQF {required}."),
                args)
            : Make(Criterion.Access, Finding.NoDifference, opens - required, "EQF", "access.meets",
                Say($"{access.CredentialId} gives access to further study up to EQF {opens} at home ({right.Source}), which reaches the programme's EQF {required}."),
                args);
    }

    private static CriterionAssessment Gap(CredentialAccess access, int required)
    {
        var id = access.CredentialId;
        var actual = Codes(access);
        var source = access.Rights[0].Source;
        if (access.HighestFurtherStudy is { } opens)
        {
            return Make(Criterion.Access, Finding.PotentiallySubstantial, opens - required, "EQF", "access.further_study_below",
                Say($"{id} gives access to further study only up to EQF {opens} at home ({source}); the programme is at EQF {required}. This may be a substantial difference."),
                Arg("credential", id), Arg("actual", actual), Arg("required", required), Arg("level", opens), Arg("source", source));
        }

        if (access.Rights.Any(r => r.Kind == AccessKind.FurtherStudy))
        {
            return Make(Criterion.Access, Finding.Undetermined, null, null, "access.further_study_level_unknown",
                Say($"{id} gives access to further study at home ({source}) without saying up to which level; the programme is at EQF {required}. An officer must establish it."),
                Arg("credential", id), Arg("actual", actual), Arg("required", required), Arg("source", source));
        }

        if (access.Rights.FirstOrDefault(r => r.Kind == AccessKind.RegulatedProfession) is { } profession)
        {
            var name = profession.Profession ?? "";
            return Make(Criterion.Access, Finding.PotentiallySubstantial, null, null, "access.profession_only",
                Say($"{id} gives access to a regulated profession ({name}) at home ({source}), not to further study; the programme is at EQF {required}. This may be a substantial difference."),
                Arg("credential", id), Arg("actual", actual), Arg("required", required), Arg("profession", name), Arg("source", source));
        }

        return Make(Criterion.Access, Finding.PotentiallySubstantial, null, null, "access.employment_only",
            Say($"{id} gives access to employment only at home ({source}), not to further study; the programme is at EQF {required}. This may be a substantial difference."),
            Arg("credential", id), Arg("actual", actual), Arg("required", required), Arg("source", source));
    }

    private static string Codes(CredentialAccess access) => string.Join(" ", access.Rights.Where(r => r.Kind != AccessKind.Unspecified).Select(r => r.Code));
}
