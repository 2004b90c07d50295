using Exchange.Adapters.Recognition.Stacking;
using Exchange.Hub.Grains.Recognition.Stacking;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>A registry programme (registry.proto Programme) read as the requirements of a qualification that
/// credentials stack towards: its workload, its outcomes with their ids, its level.</summary>
public static class ProgrammeRequirements
{
    public static KnownQualification From(V1.Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var titles = Texts.From(programme.Title);
        var requirements = new QualificationRequirements
        {
            Id = programme.ProgrammeId,
            Title = titles.FirstOrDefault(t => t.Language == "en")?.Text ?? titles.FirstOrDefault()?.Text ?? programme.ProgrammeId,
            Workload = CredentialToDomain.Workload(programme.Workload) is { Unit: not Adapters.Credits.CreditUnit.Unspecified } w ? w : null,
            Outcomes = [.. programme.LearningOutcomes.Select((o, i) => new QualificationOutcome(
                o.OutcomeId.Length > 0 ? o.OutcomeId : "LO" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                CredentialToDomain.Outcome(o)))],
            Level = CredentialToDomain.Level(programme.Level) ?? programme.EquivalentLevels.Select(CredentialToDomain.Level).FirstOrDefault(l => l is not null),
        };
        return new KnownQualification(requirements, titles);
    }
}
