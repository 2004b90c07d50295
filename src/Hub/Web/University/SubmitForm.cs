namespace Exchange.Hub.Web.University;

/// <summary>
/// The request form as the university fills it in (bound from the POST as <c>Form.*</c>). Every value is kept as typed,
/// so a refused form comes back exactly as it was sent. <see cref="Nonce"/> is drawn when the form is first shown and
/// sent back hidden: the request's idempotency key is made of it, so a form sent twice (a double click, a reload after
/// a lost answer) makes one case. An empty input binds as null; it is kept as an empty text.
/// </summary>
public sealed class SubmitForm
{
    public const string ProgrammeTarget = "programme";
    public const string CourseTarget = "course";

    /// <summary>The learner's share link, pasted (or opened from its QR code).</summary>
    public string Link { get; set => field = value ?? ""; } = "";

    /// <summary>Instead of a link: the credential document the learner gave (a VC-JWT, a Data Integrity credential, a
    /// sealed EDC or an ELMO file), as text, pasted or read from the uploaded file, so a refused form shows it again
    /// and nothing given is lost.</summary>
    public string CredentialText { get; set => field = value ?? ""; } = "";

    /// <summary>A purpose code (<c>admission</c>, <c>credit_transfer</c>, …).</summary>
    public string Purpose { get; set => field = value ?? ""; } = "";

    /// <summary><see cref="ProgrammeTarget"/> or <see cref="CourseTarget"/>.</summary>
    public string Target { get; set => field = value ?? ""; } = CourseTarget;

    public string ProgrammeId { get; set => field = value ?? ""; } = "";

    public string CourseTitle { get; set => field = value ?? ""; } = "";

    /// <summary>The course's EQF level, 1–8.</summary>
    public string CourseLevel { get; set => field = value ?? ""; } = "";

    /// <summary>The course's workload in ECTS credits.</summary>
    public string CourseCredits { get; set => field = value ?? ""; } = "";

    public string ApplicantReference { get; set => field = value ?? ""; } = "";

    public string Notes { get; set => field = value ?? ""; } = "";

    /// <summary>The language the university prefers for the case's texts; also the language of its notes.</summary>
    public string Language { get; set => field = value ?? ""; } = "";

    public string Nonce { get; set => field = value ?? ""; } = "";
}
