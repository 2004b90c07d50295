using Exchange.Contracts.V1;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>Prints the walkthrough for a person: numbered steps, indented details, enum names without their prefixes.</summary>
internal sealed class Narrator(TextWriter output)
{
    private int _step;

    public void Step(string title)
    {
        output.WriteLine();
        output.WriteLine($"{++_step}. {title}");
    }

    public void Line(string text) => output.WriteLine("   " + text);

    public void Detail(string text) => output.WriteLine("     " + text);

    public void Plain(string text) => output.WriteLine(text);

    public static string Name(Enum value)
    {
        // CaseStatus.InReview → "IN_REVIEW": the same words the proto, the REST mapping and the journal use.
        var text = value.ToString();
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i]))
            {
                words.Append('_');
            }

            words.Append(char.ToUpperInvariant(text[i]));
        }

        return words.ToString();
    }

    public static string Text(MultilingualText? text, string language = "en") =>
        text is null || text.Values.Count == 0
            ? ""
            : (text.Values.FirstOrDefault(v => v.Language == language) ?? text.Values[0]).Text;

    public void Checks(VerificationReport report)
    {
        var issuer = report.IssuingHubId.Length > 0 ? "issued by " + report.IssuingHubId : "issued outside the federation";
        Line($"verification by {report.VerifyingHubId} of {report.CredentialId} ({issuer}): {Name(report.Verdict)}");
        foreach (var check in report.Checks)
        {
            var reason = string.IsNullOrEmpty(check.FailureReason) ? "" : $" ({check.FailureReason})";
            Detail($"{Name(check.Kind),-24} {Name(check.Result)}{reason}  {check.Detail?.EnglishText}");
        }
    }

    public void Decision(RecognitionDecision decision)
    {
        Line($"decision {decision.DecisionId}: {Name(decision.Outcome)}, decided by {Name(decision.DecidedBy.Kind)} " +
             $"({decision.DecidedBy.Actor?.ActorId}) under policy {decision.DecidedBy.PolicyId} {decision.DecidedBy.PolicyVersion}");
        Detail("why: " + (Text(decision.Justification) is { Length: > 0 } why ? why : decision.Summary?.EnglishText));
        if (decision.AutomaticRecognition is { ListId.Length: > 0 } basis)
        {
            Detail($"recognised automatically under list {basis.ListId} (version {basis.ListVersion}, provider {basis.ProviderId}); legal basis: {basis.LegalBasis}");
        }

        if (Text(decision.RecognisedScope) is { Length: > 0 } scope)
        {
            Detail("recognised: " + scope);
        }

        if (Text(decision.NotRecognisedScope) is { Length: > 0 } notScope)
        {
            Detail("not recognised: " + notScope);
        }

        foreach (var credit in decision.Credits)
        {
            Detail($"credits: {credit.Original?.Amount} {Name(credit.Original?.Unit ?? WorkloadUnit.Unspecified)} → {credit.Converted?.Amount} {Name(credit.Converted?.Unit ?? WorkloadUnit.Unspecified)} ({credit.ConversionRule})");
        }

        if (Text(decision.Remedies) is { Length: > 0 } remedies)
        {
            Detail("what the applicant can do: " + remedies);
        }

        if (decision.Appeal is { Appealable: true } appeal)
        {
            var body = Text(appeal.AppealBody?.Name) is { Length: > 0 } name ? " to " + name : "";
            Detail($"appeal by {appeal.AppealDeadline?.ToDateTime():yyyy-MM-dd}{body}: {Text(appeal.Instructions)}");
        }
    }
}
