using Exchange.Hub.Web.University;
using Google.Protobuf;
using static Exchange.Hub.Tests.Web.University.UniversityCaseSamples;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>decision.json: the decision as the API's RecognitionDecision, readable by the same parser a university's
/// system uses for GetRecognitionCase, with the appeal body the hub's policy names.</summary>
public sealed class DecisionDocumentSpecs
{
    [Fact]
    public void The_download_parses_back_as_the_apis_decision_with_its_appeal_route()
    {
        var state = Denied("dd-denied");
        var policy = Policy with { AppealBodyId = "LV-AIC", AppealBodyName = "Academic Information Centre" };

        var json = DecisionDocument.ToJson(DecisionDocument.Of(state, state.Decision!, "hub-lv", policy));
        var read = JsonParser.Default.Parse<V1.RecognitionDecision>(json);

        Assert.Equal((state.Decision!.DecisionId, state.CaseId, "hub-lv"), (read.DecisionId, read.CaseId, read.DecidingHubId));
        Assert.Equal(V1.RecognitionOutcome.Denied, read.Outcome);
        Assert.True(read.Appeal.Appealable);
        Assert.Equal(("LV-AIC", "Academic Information Centre"), (read.Appeal.AppealBody.OrganisationId, read.Appeal.AppealBody.Name.Values[0].Text));
        Assert.Equal(state.Decision.AppealDeadline, read.Appeal.AppealDeadline.ToDateTimeOffset());
        Assert.Contains("\"outcome\": \"RECOGNITION_OUTCOME_DENIED\"", json, StringComparison.Ordinal);
        Assert.Equal(state.Decision.DecisionId + ".json", DecisionDocument.FileName(state.Decision, "json"));
    }

    [Fact]
    public void Without_an_appeal_body_in_the_policy_none_is_invented()
    {
        var state = DecidedInFull("dd-full");

        var decision = DecisionDocument.Of(state, state.Decision!, "hub-lv", Policy with { AppealBodyId = "", AppealBodyName = "" });

        Assert.Null(decision.Appeal.AppealBody);
        Assert.Equal(V1.RecognitionOutcome.Full, decision.Outcome);
    }
}
