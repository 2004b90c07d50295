namespace Exchange.Hub.Tests.Browser;

/// <summary>Form fields as the console's decision form names them, for posts made outside the page.</summary>
public static class ConsoleForms
{
    /// <summary>A complete partial recognition: everything the form would post but its anti-forgery token.</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> PartialDecision =
    [
        ("Form.Outcome", "partial"),
        ("Form.Language", "en"),
        ("Form.Justification", "6 of the course's 30 ECTS are covered; the rest is a substantial difference in workload."),
        ("Form.RecognisedScope", "6 ECTS of the course."),
        ("Form.Measures[0].Kind", "Course"),
        ("Form.Measures[0].Description", "Complete the remaining units of the course."),
        ("Form.Measures[0].Ects", "24"),
        ("Form.AppealInstructions", "Appeal within 30 days."),
    ];
}
