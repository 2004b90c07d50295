using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.University;

/// <summary>
/// The request form's fields under the API's names (<c>request.target.requirements.level</c>), so a message of the
/// API's validation lands next to the input it concerns. A violation of a nested field (<c>request.credentials[0].reference.share_code</c>,
/// <c>request.notes.values[0].text</c>) belongs to the input that made it; one the form has no input for (the idempotency
/// key, the requester) belongs to the whole form.
/// </summary>
public static class SubmitFields
{
    public const string Link = "request.credentials";
    public const string CredentialFile = "request.credentials.outside";
    public const string Purpose = "request.purpose";
    public const string TargetKind = "request.target.kind";
    public const string Programme = "request.target.target_id";
    public const string CourseTitle = "request.target.title";
    public const string CourseLevel = "request.target.requirements.level";
    public const string CourseCredits = "request.target.requirements.workload";
    public const string ApplicantReference = "request.applicant_reference";
    public const string Notes = "request.notes";
    public const string Language = "request.preferred_language";

    /// <summary>The form's fields in the order the page shows them (the error summary follows it).</summary>
    public static IReadOnlyList<string> All { get; } =
        [Link, CredentialFile, Purpose, TargetKind, Programme, CourseTitle, CourseLevel, CourseCredits, ApplicantReference, Notes, Language];

    /// <summary>The form field an API field path belongs to.</summary>
    /// <param name="programme">Whether the target is a registered programme: its title, level and workload come from
    /// the registry, so a problem with them is the programme choice's.</param>
    public static string Of(string apiField, bool programme = false)
    {
        ArgumentNullException.ThrowIfNull(apiField);
        if (apiField.StartsWith(Link, StringComparison.Ordinal) && apiField.Contains(".outside", StringComparison.Ordinal))
        {
            // A problem with the credential file the form sent (request.credentials[0].outside.document).
            return CredentialFile;
        }

        foreach (var field in All)
        {
            if (apiField == field || apiField.StartsWith(field + ".", StringComparison.Ordinal) || apiField.StartsWith(field + "[", StringComparison.Ordinal))
            {
                return programme && field is CourseTitle or CourseLevel or CourseCredits ? Programme : field;
            }
        }

        // The requirements as a whole (a programme's level or workload) belong to the target choice.
        return apiField.StartsWith("request.target", StringComparison.Ordinal) ? TargetKind : FieldMessages.Form;
    }
}
