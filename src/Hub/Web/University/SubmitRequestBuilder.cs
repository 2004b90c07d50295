using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.Sharing;
using Exchange.Hub.Web.Verification;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Web.University;

/// <summary>
/// Turns the request form into the API's <see cref="V1.RecognitionRequest"/>, noting what only the form can know is
/// wrong (a link that is not a share link, a course without its title, a credential file of no format the hub reads); everything else is left to the API's own
/// validation (<see cref="SubmitValidation"/>), so the page and the API say the same about the same request. Pure.
/// </summary>
public static class SubmitRequestBuilder
{
    /// <summary>The idempotency key of a form: its nonce, so the same form sent twice is the same request.</summary>
    public static string IdempotencyKey(string nonce) => "web-" + nonce.Trim();

    /// <param name="programme">The chosen programme as the hub's registry holds it, when it is one of the institution's;
    /// null otherwise.</param>
    public static V1.RecognitionRequest Build(SubmitForm form, string institutionId, V1.Programme? programme, FieldMessages messages)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(messages);
        var language = form.Language.Trim();
        var request = new V1.RecognitionRequest
        {
            IdempotencyKey = IdempotencyKey(form.Nonce),
            RequesterInstitutionId = institutionId,
            Purpose = Purpose(form.Purpose),
            Target = Target(form, institutionId, programme, messages),
            ApplicantReference = form.ApplicantReference.Trim(),
            PreferredLanguage = language,
        };
        if (language.Length > 0 && !WebCultures.IsSupported(language))
        {
            messages.Add(SubmitFields.Language, "Choose one of the languages offered.");
        }

        if (form.Notes.Trim() is { Length: > 0 } notes)
        {
            request.Notes = new V1.MultilingualText { Values = { new V1.LocalizedText { Language = language.Length > 0 ? language : WebCultures.Default, Text = notes } } };
        }

        var document = form.CredentialText.Trim();
        if (document.Length > 0)
        {
            // A credential issued outside the federation, given as its document: the API's own rules check it.
            if (form.Link.Trim().Length > 0)
            {
                messages.Add(SubmitFields.Link, "Give the share link or the credential file, not both.");
            }

            // The format is told from the bytes; a file of none the hub reads is said by the field in the form's words
            // (the request still carries it, so the API's own words about the format stay behind the form's).
            var bytes = System.Text.Encoding.UTF8.GetBytes(document);
            var format = OutsideFormats.Detect(bytes);
            if (format is null)
            {
                messages.Add(SubmitFields.CredentialFile, CredentialFileInput.Unrecognised);
            }

            request.Credentials.Add(new V1.CredentialSource
            {
                Outside = new V1.OutsideCredential
                {
                    Format = format is { } known ? (V1.ContentType)(int)known : V1.ContentType.Unspecified,
                    Document = Google.Protobuf.ByteString.CopyFrom(bytes),
                },
            });
        }
        else if (ShareLink.TryParse(form.Link, out var link))
        {
            request.Credentials.Add(new V1.CredentialSource { Reference = link.ToReference() });
        }
        else
        {
            messages.Add(SubmitFields.Link, string.IsNullOrWhiteSpace(form.Link)
                ? "Paste the share link the learner gave you."
                : "This is not a share link. A share link looks like https://hub.example/v/hub-ua/UA-CRED-…/CODE.");
        }

        return request;
    }

    private static V1.RecognitionPurpose Purpose(string code)
    {
        var found = ConsoleLabels.Purposes.FirstOrDefault(p => string.Equals(ConsoleLabels.Code(p), code.Trim(), StringComparison.OrdinalIgnoreCase));
        return found == default ? V1.RecognitionPurpose.Unspecified : Mapping.RecognitionRequestMapper.Purpose(found);
    }

    private static V1.RecognitionTarget? Target(SubmitForm form, string institutionId, V1.Programme? programme, FieldMessages messages)
    {
        switch (form.Target.Trim())
        {
            case SubmitForm.ProgrammeTarget:
                if (programme is null)
                {
                    messages.Add(SubmitFields.Programme, "Choose one of your institution's programmes.");
                    return new V1.RecognitionTarget { Kind = V1.TargetKind.Programme, HostInstitutionId = institutionId };
                }

                return ProgrammeTarget(programme, institutionId);
            case SubmitForm.CourseTarget:
                return CourseTarget(form, institutionId, messages);
            default:
                // No kind: the API's own words say what is missing.
                return new V1.RecognitionTarget { HostInstitutionId = institutionId };
        }
    }

    /// <summary>A registered programme, with the requirements its registry record states (level, workload, field,
    /// learning outcomes), as the university would otherwise copy them into an API request.</summary>
    public static V1.RecognitionTarget ProgrammeTarget(V1.Programme programme, string institutionId)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var requirements = new V1.TargetRequirements
        {
            Level = programme.Level?.Clone(),
            Workload = programme.Workload?.Clone(),
        };
        if (programme.IscedFCodes.Count > 0)
        {
            requirements.Profile = new V1.ProfileRequirement { IscedFCodes = { programme.IscedFCodes } };
        }

        requirements.LearningOutcomes.AddRange(programme.LearningOutcomes.Select(o => o.Clone()));
        return new V1.RecognitionTarget
        {
            Kind = V1.TargetKind.Programme,
            TargetId = programme.ProgrammeId,
            Title = programme.Title?.Clone(),
            HostInstitutionId = institutionId,
            Requirements = requirements,
        };
    }

    private static V1.RecognitionTarget CourseTarget(SubmitForm form, string institutionId, FieldMessages messages)
    {
        var target = new V1.RecognitionTarget { Kind = V1.TargetKind.Course, HostInstitutionId = institutionId, Requirements = new V1.TargetRequirements() };
        if (form.CourseTitle.Trim() is { Length: > 0 } title)
        {
            target.Title = new V1.MultilingualText { Values = { new V1.LocalizedText { Language = Language(form), Text = title } } };
        }
        else
        {
            messages.Add(SubmitFields.CourseTitle, "Give the course's title.");
        }

        if (form.CourseLevel.Trim() is { Length: > 0 } level)
        {
            target.Requirements.Level = new V1.Level { Framework = V1.QualificationFramework.Eqf, LevelCode = level };
        }
        else
        {
            messages.Add(SubmitFields.CourseLevel, "Give the course's EQF level.");
        }

        if (form.CourseCredits.Trim() is { Length: > 0 } credits)
        {
            // A decimal comma is how most of the hub's languages write 7,5: read it as the API's decimal point.
            target.Requirements.Workload = new V1.Workload { Amount = credits.Replace(',', '.'), Unit = V1.WorkloadUnit.EctsCredit };
        }
        else
        {
            messages.Add(SubmitFields.CourseCredits, "Give the course's workload in ECTS credits.");
        }

        return target;
    }

    private static string Language(SubmitForm form) => WebCultures.IsSupported(form.Language.Trim()) ? form.Language.Trim() : WebCultures.Default;
}
