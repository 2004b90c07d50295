using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting;
using Exchange.Hub.Rpc;
using Exchange.Hub.Web.Console;
using Exchange.Hub.Web.University;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Web.University;

/// <summary>The request form turned into the API's request and checked by the API's own validation: what the form
/// adds (the link, a course's fields), which field each of the API's messages lands on, and the idempotency that makes
/// a form sent twice one request.</summary>
public sealed class SubmitRequestSpecs
{
    private const string Link = "https://kz.example/v/hub-ua/UA-CRED-000042/s3cr3t-code";
    private static readonly InputPolicy Policy = new(new InputLimitOptions());

    private static SubmitForm Course(string title = "Data analysis", string level = "6", string credits = "5") => new()
    {
        Link = "  " + Link + "/ ",
        Purpose = "credit_transfer",
        Target = SubmitForm.CourseTarget,
        CourseTitle = title,
        CourseLevel = level,
        CourseCredits = credits,
        ApplicantReference = "APP-7",
        Notes = "Second-year transfer.",
        Language = "kk",
        Nonce = "0123456789abcdef",
    };

    private static (CaseSubmission? Submission, FieldMessages Messages, V1.RecognitionRequest Request) Submit(SubmitForm form, V1.Programme? programme = null)
    {
        var messages = new FieldMessages();
        var request = SubmitRequestBuilder.Build(form, "KZ-KAZNU", programme, messages);
        return (SubmitValidation.Validate(request, Policy, messages, form.Target == SubmitForm.ProgrammeTarget), messages, request);
    }

    [Fact]
    public void A_course_request_from_a_pasted_link_becomes_the_apis_request_under_the_forms_idempotency_key()
    {
        var (submission, messages, request) = Submit(Course());

        Assert.False(messages.Any, string.Join(" ", messages.Fields.SelectMany(messages.For)));
        Assert.Equal(("web-0123456789abcdef", "KZ-KAZNU", V1.RecognitionPurpose.CreditTransfer), (request.IdempotencyKey, request.RequesterInstitutionId, request.Purpose));
        var reference = request.Credentials.Single().Reference;
        Assert.Equal(("hub-ua", "UA-CRED-000042", "s3cr3t-code"), (reference.IssuingHubId, reference.CredentialId, reference.ShareCode));
        Assert.Equal((V1.TargetKind.Course, "KZ-KAZNU"), (request.Target.Kind, request.Target.HostInstitutionId));
        Assert.Equal((V1.QualificationFramework.Eqf, "6"), (request.Target.Requirements.Level.Framework, request.Target.Requirements.Level.LevelCode));
        Assert.Equal(("5", V1.WorkloadUnit.EctsCredit), (request.Target.Requirements.Workload.Amount, request.Target.Requirements.Workload.Unit));
        Assert.Equal(("kk", "kk", "Second-year transfer."), (request.PreferredLanguage, request.Notes.Values[0].Language, request.Notes.Values[0].Text));
        Assert.Equal(("Data analysis", 6, 5m), (submission!.Target.Title, submission.Target.Level, submission.Target.WorkloadAmount));
        Assert.Equal(CaseIds.For("KZ-KAZNU", "web-0123456789abcdef"), CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey));
    }

    [Fact]
    public void The_same_form_sent_twice_is_the_same_request_and_another_form_is_another()
    {
        var first = Submit(Course()).Submission!;
        var again = Submit(Course()).Submission!;
        var changed = Submit(Course(credits: "6")).Submission!;
        var other = Submit(new SubmitForm { Link = Link, Purpose = "credit_transfer", Target = "course", CourseTitle = "Data analysis", CourseLevel = "6", CourseCredits = "5", Nonce = "fedcba9876543210" }).Submission!;

        Assert.Equal((first.IdempotencyKey, first.Fingerprint), (again.IdempotencyKey, again.Fingerprint));
        Assert.Equal(first.IdempotencyKey, changed.IdempotencyKey);
        Assert.NotEqual(first.Fingerprint, changed.Fingerprint);
        Assert.NotEqual(first.IdempotencyKey, other.IdempotencyKey);
    }

    [Fact]
    public void A_decimal_comma_is_read_as_the_apis_decimal_point()
    {
        var (submission, _, request) = Submit(Course(credits: "7,5"));

        Assert.Equal("7.5", request.Target.Requirements.Workload.Amount);
        Assert.Equal(7.5m, submission!.Target.WorkloadAmount);
    }

    [Fact]
    public void Each_problem_is_named_at_its_field_in_the_forms_words_or_the_apis()
    {
        var form = Course(title: " ", level: "six", credits: "-2");
        form.Link = "https://kz.example/university/cases/rc-1";
        form.Purpose = "";

        var (submission, messages, _) = Submit(form);

        Assert.Null(submission);
        Assert.Equal(["This is not a share link. A share link looks like https://hub.example/v/hub-ua/UA-CRED-…/CODE."], messages.For(SubmitFields.Link));
        Assert.Equal(["request.purpose must be ADMISSION, CREDIT_TRANSFER, EMPLOYMENT or FURTHER_STUDY."], messages.For(SubmitFields.Purpose));
        Assert.Equal(["Give the course's title."], messages.For(SubmitFields.CourseTitle));
        Assert.Equal(["The level needs a supported framework and a numeric level_code."], messages.For(SubmitFields.CourseLevel));
        Assert.Equal(["The workload needs a positive decimal amount and a supported unit."], messages.For(SubmitFields.CourseCredits));
        Assert.Empty(messages.For(FieldMessages.Form));
    }

    [Fact]
    public void An_empty_form_asks_for_the_link_the_purpose_and_the_course_and_the_apis_input_policy_applies_too()
    {
        var (_, empty, _) = Submit(new SubmitForm { Nonce = "n1" });
        var tooLong = Course();
        tooLong.ApplicantReference = new string('x', 2001);
        var (_, policy, _) = Submit(tooLong);

        Assert.Equal(["Paste the share link the learner gave you."], empty.For(SubmitFields.Link));
        Assert.NotEmpty(empty.For(SubmitFields.Purpose));
        Assert.Equal(["Give the course's EQF level."], empty.For(SubmitFields.CourseLevel));
        Assert.Equal(["request.applicant_reference must have at most 2000 characters."], policy.For(SubmitFields.ApplicantReference));
    }

    [Fact]
    public void A_programme_target_takes_its_requirements_from_the_registry_and_a_missing_one_is_the_programme_fields()
    {
        var programme = new V1.Programme
        {
            ProgrammeId = "KZ-KAZNU-MC-ML-01",
            InstitutionId = "KZ-KAZNU",
            Title = new V1.MultilingualText { Values = { new V1.LocalizedText { Language = "en", Text = "Foundations of machine learning" } } },
            Level = new V1.Level { Framework = V1.QualificationFramework.KzNqf, LevelCode = "6" },
            Workload = new V1.Workload { Amount = "5", Unit = V1.WorkloadUnit.KzAcademicCredit },
            IscedFCodes = { "0613" },
        };
        var form = Course();
        form.Target = SubmitForm.ProgrammeTarget;
        form.ProgrammeId = programme.ProgrammeId;

        var (submission, messages, request) = Submit(form, programme);
        var (_, missing, _) = Submit(form);

        Assert.False(messages.Any);
        Assert.Equal((V1.TargetKind.Programme, "KZ-KAZNU-MC-ML-01"), (request.Target.Kind, request.Target.TargetId));
        Assert.Equal(("Foundations of machine learning", 6, 5m, "0613"), (submission!.Target.Title, submission.Target.Level, submission.Target.WorkloadAmount, submission.Target.FieldCode));
        Assert.Equal(["Choose one of your institution's programmes."], missing.For(SubmitFields.Programme));
        Assert.Equal(SubmitFields.Programme, SubmitFields.Of("request.target.requirements.level", programme: true));
        Assert.Equal(SubmitFields.CourseLevel, SubmitFields.Of("request.target.requirements.level"));
        Assert.Equal(SubmitFields.Link, SubmitFields.Of("request.credentials[0].reference.share_code"));
        Assert.Equal(FieldMessages.Form, SubmitFields.Of("request.idempotency_key"));
    }
}
