using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Persistence.CaseIndex;

/// <summary>For the embedded hub, whose grain storage writes each case's row itself, in the same transaction as every
/// write of the case's state (<see cref="SqliteCaseIndex"/> as an <see cref="Embedded.ISqliteStateProjection"/>):
/// the two never disagree, and the case writes no row of its own.</summary>
internal sealed class CaseIndexKeptWithState(ICaseIndex index) : ICaseIndexWriter
{
    public Task WriteRowAsync(RecognitionCaseState state) => Task.CompletedTask;

    public Task HandedOverAsync(string institutionId, string caseId) => index.HandedOverAsync(institutionId, caseId);
}
