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
    }
}
