using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// How the learning was delivered and assessed, where ELM states it with a concept of the EU vocabularies that
/// answers the Adapters' question unambiguously: the specification's mode (Presential / Online / Blended of the
/// "learning-assessment" modes vocabulary) for the form of participation, the assessments' types (written or oral
/// examination, practical assessment, project work, portfolio of the assessment vocabulary) for the type of
/// assessment, and the assessments' idVerification (supervision-verification vocabulary) for supervision. Other
/// concepts (work-based, research-lab based, quiz …) leave the element unset, so the case names it.
/// </summary>
public static class ElmModes
{
    private const string Modes = "http://data.europa.eu/snb/learning-assessment/";
    private const string Assessments = "http://data.europa.eu/snb/assessment/";
    private const string Verification = "http://data.europa.eu/snb/supervision-verification/";

    private static readonly Dictionary<string, ParticipationForm> Participation = new(StringComparer.Ordinal)
    {
        [Modes + "9191af2ed9"] = ParticipationForm.Onsite,
        [Modes + "920fbb3cbe"] = ParticipationForm.Online,
        [Modes + "e92d221e4d"] = ParticipationForm.Blended,
    };

    private static readonly Dictionary<string, AssessmentType> AssessmentTypes = new(StringComparer.Ordinal)
    {
        [Assessments + "6e6cb2cc78"] = AssessmentType.WrittenExam,
        [Assessments + "d30284d7df"] = AssessmentType.OralExam,
        [Assessments + "6a4db9f11d"] = AssessmentType.Practical,
        [Assessments + "795dac4096"] = AssessmentType.Project,
        [Assessments + "4f03b91c0e"] = AssessmentType.Portfolio,
    };

    private static readonly Dictionary<string, Supervision> Supervisions = new(StringComparer.Ordinal)
    {
        [Verification + "c598449d64"] = Supervision.UnsupervisedNoIdentityCheck,
        [Verification + "70be69aaf9"] = Supervision.SupervisedWithIdentityCheck,
    };

    public static ParticipationForm ParticipationOf(JsonObject? claim, JsonObject? specification)
    {
        var modes = ElmNodes.Ids(specification?["mode"]).Select(m => Participation.GetValueOrDefault(m)).Distinct().ToList();
        if (modes.Count == 0)
        {
            // An activity claim (a certificate of participation) states its mode on the activity's specification.
            var activity = ElmNodes.Objects(claim?["influencedBy"]).Select(a => ElmNodes.First(a["specifiedBy"])).FirstOrDefault(s => s is not null);
            modes = [.. ElmNodes.Ids(activity?["mode"]).Select(m => Participation.GetValueOrDefault(m)).Distinct()];
        }

        return modes switch
        {
            [var only] => only,
            [_, _, ..] when !modes.Contains(ParticipationForm.Unspecified) => ParticipationForm.Blended,
            _ => ParticipationForm.Unspecified,
        };
    }

    public static AssessmentType AssessmentOf(JsonObject? claim)
    {
        var types = ElmNodes.Objects(claim?["provenBy"])
            .SelectMany(a => ElmNodes.Ids(ElmNodes.First(a["specifiedBy"])?["dcType"]))
            .Select(t => AssessmentTypes.GetValueOrDefault(t))
            .Distinct()
            .ToList();
        return types switch
        {
            [var only] => only,
            [_, _, ..] when !types.Contains(AssessmentType.Unspecified) => AssessmentType.Mixed,
            _ => AssessmentType.Unspecified,
        };
    }

    public static Supervision SupervisionOf(JsonObject? claim)
    {
        var kinds = ElmNodes.Objects(claim?["provenBy"])
            .SelectMany(a => ElmNodes.Ids(a["idVerification"]))
            .Select(v => Supervisions.GetValueOrDefault(v))
            .Distinct()
            .ToList();
        return kinds is [var only] ? only : Supervision.Unspecified;
    }
}
