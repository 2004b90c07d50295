using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Sharing;
using Google.Protobuf;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Web.University;

/// <summary>The answer to a request for missing documents: another share link and/or notes (bound as <c>Supplement.*</c>).</summary>
public sealed class SupplementForm
{
    public string Link { get; set => field = value ?? ""; } = "";

    public string Notes { get; set => field = value ?? ""; } = "";

    public string Nonce { get; set => field = value ?? ""; } = "";
}

/// <summary>An appeal against the case's decision, with its grounds (bound as <c>Appeal.*</c>).</summary>
public sealed class AppealForm
{
    /// <summary>The decision the university read when it wrote the appeal; the case refuses it if a newer one replaced it.</summary>
    public string DecisionId { get; set => field = value ?? ""; } = "";

    public string Grounds { get; set => field = value ?? ""; } = "";

    public string Nonce { get; set => field = value ?? ""; } = "";
}

/// <summary>
/// The supplement and appeal forms as the API's SupplementRecognitionCase and AppealRecognitionDecision requests,
/// checked with the same rules and the same words (field names as the API's: <c>credentials</c>, <c>notes</c>,
/// <c>grounds</c>), with the idempotency key made of the form's nonce. Pure.
/// </summary>
public static class CaseActionForms
{
    public const string CredentialsField = "credentials";
    public const string NotesField = "notes";
    public const string GroundsField = "grounds";

    public static CaseSupplement? Supplement(string caseId, SupplementForm form, string language, InputPolicy policy, FieldMessages messages)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(messages);
        var request = new V1.SupplementRecognitionCaseRequest { CaseId = caseId, IdempotencyKey = SubmitRequestBuilder.IdempotencyKey(form.Nonce) };
        if (form.Notes.Trim() is { Length: > 0 } notes)
        {
            request.Notes = new V1.MultilingualText { Values = { new V1.LocalizedText { Language = language, Text = notes } } };
        }

        if (form.Link.Trim().Length > 0)
        {
            if (ShareLink.TryParse(form.Link, out var link))
            {
                request.Credentials.Add(new V1.CredentialSource { Reference = link.ToReference() });
            }
            else
            {
                messages.Add(CredentialsField, "This is not a share link. A share link looks like https://hub.example/v/hub-ua/UA-CRED-…/CODE.");
            }
        }

        // The API's checks, in its words.
        var violations = policy.Check(request);
        RecognitionRequestMapper.IdempotencyKey(violations, request.IdempotencyKey, "idempotency_key");
        var credentials = RecognitionRequestMapper.Credentials(violations, request.Credentials, CredentialsField);
        if (request.Credentials.Count == 0 && Texts.IsBlank(request.Notes) && !messages.Has(CredentialsField))
        {
            violations.Add(CredentialsField, "A supplement needs credentials or notes.");
        }

        Add(violations, messages);
        return messages.Any
            ? null
            : new CaseSupplement(request.IdempotencyKey, CaseIds.Fingerprint(request.ToByteArray()), credentials, Texts.First(request.Notes) ?? "");
    }

    public static CaseAppealRequest? Appeal(string caseId, AppealForm form, string language, InputPolicy policy, FieldMessages messages)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(messages);
        var request = new V1.AppealRecognitionDecisionRequest
        {
            CaseId = caseId,
            DecisionId = form.DecisionId.Trim(),
            IdempotencyKey = SubmitRequestBuilder.IdempotencyKey(form.Nonce),
        };
        if (form.Grounds.Trim() is { Length: > 0 } grounds)
        {
            request.Grounds = new V1.MultilingualText { Values = { new V1.LocalizedText { Language = language, Text = grounds } } };
        }

        var violations = policy.Check(request);
        RecognitionRequestMapper.IdempotencyKey(violations, request.IdempotencyKey, "idempotency_key");
        if (Texts.IsBlank(request.Grounds))
        {
            violations.Add(GroundsField, "An appeal needs its grounds in words.");
        }

        Add(violations, messages);
        return messages.Any
            ? null
            : new CaseAppealRequest(request.IdempotencyKey, CaseIds.Fingerprint(request.ToByteArray()), request.DecisionId, Texts.From(request.Grounds));
    }

    /// <summary>Each violation under the form field it concerns (<c>notes.values[0].text</c> → <c>notes</c>); one the form
    /// has no field for (the idempotency key) belongs to the whole form.</summary>
    private static void Add(FieldViolations violations, FieldMessages messages)
    {
        foreach (var violation in violations.ToBadRequest().FieldViolations)
        {
            var field = new[] { CredentialsField, NotesField, GroundsField }
                .FirstOrDefault(f => violation.Field == f || violation.Field.StartsWith(f + ".", StringComparison.Ordinal) || violation.Field.StartsWith(f + "[", StringComparison.Ordinal))
                ?? FieldMessages.Form;
            if (!messages.For(field).Contains(violation.Description))
            {
                messages.Add(field, violation.Description);
            }
        }
    }
}
