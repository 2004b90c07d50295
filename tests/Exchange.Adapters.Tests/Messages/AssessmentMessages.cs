using Exchange.Adapters.Common;
using Exchange.Adapters.Recognition;

namespace Exchange.Adapters.Tests.Messages;

/// <summary>Every message an assessment carries: criteria, summary, scope, measures and validation issues.</summary>
internal static class AssessmentMessages
{
    public static IEnumerable<Message> Of(RecognitionAssessment assessment)
    {
        foreach (var c in assessment.Criteria)
        {
            yield return new Message(c.MessageKey, c.Explanation, c.Arguments);
        }

        yield return assessment.SummaryMessage;
        if (assessment.Scope is { } scope)
        {
            yield return scope.Recognised;
            foreach (var item in scope.NotRecognised)
            {
                yield return item;
            }

            foreach (var measure in scope.CompensatoryMeasures)
            {
                yield return measure.Description;
            }
        }

        foreach (var issue in assessment.Validation.SelectMany(v => v.Issues))
        {
            yield return issue.Text;
        }

        foreach (var why in assessment.LevelMappings.Select(m => m.Why).OfType<Message>().Concat(assessment.CreditConversions.Select(c => c.Why).OfType<Message>()))
        {
            yield return why;
        }
    }
}
