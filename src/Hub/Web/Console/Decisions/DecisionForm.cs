namespace Exchange.Hub.Web.Console.Decisions;

/// <summary>
/// What the decision form posts, as typed: texts in the decision's language, measures as rows. Read into a decision by
/// <see cref="DecisionFormMapping"/>; posted back unchanged when anything is refused, so nothing typed is lost.
/// </summary>
public sealed class DecisionForm
{
    /// <summary>How many measure rows the form offers beyond those already filled.</summary>
    public const int SpareMeasureRows = 2;

    /// <summary><c>full</c>, <c>partial</c> or <c>denied</c>.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>The language the decision's texts are written in (<see cref="DecisionLanguages"/>).</summary>
    public string Language { get; set; } = "en";

    public string Justification { get; set; } = "";

    public string RecognisedScope { get; set; } = "";

    public string NotRecognisedScope { get; set; } = "";

    public List<MeasureRow> Measures { get; set; } = [];

    public string Remedies { get; set; } = "";

    public string AlternativeRecognition { get; set; } = "";

    public string AppealInstructions { get; set; } = "";

    /// <summary>The filled measure rows plus <see cref="SpareMeasureRows"/> empty ones, for rendering without script.</summary>
    public IReadOnlyList<MeasureRow> RowsToRender() =>
        [.. Measures.Where(m => !m.IsEmpty), .. Enumerable.Range(0, SpareMeasureRows).Select(_ => new MeasureRow())];
}

/// <summary>One compensatory measure as typed: its kind (a <c>CaseMeasureKind</c> name), what it is, its workload.</summary>
public sealed class MeasureRow
{
    public string Kind { get; set; } = "Course";

    public string Description { get; set; } = "";

    /// <summary>ECTS credits, as typed (empty when the measure has no workload).</summary>
    public string Ects { get; set; } = "";

    /// <summary>The date by which the measure is to be completed, yyyy-MM-dd as a date input posts it; empty for none.</summary>
    public string CompleteBy { get; set; } = "";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Ects) && string.IsNullOrWhiteSpace(CompleteBy);
}
