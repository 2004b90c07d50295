namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// How a case keeps its row in the <see cref="ICaseIndex"/> current. Which implementation a hub uses is chosen where
/// its storage is registered, with the storage: the case calls it the same way on every storage and never asks how
/// the index is kept.
/// </summary>
public interface ICaseIndexWriter
{
    /// <summary>Makes the index hold the case as <paramref name="state"/> says. The case calls it before its first
    /// state write (so an accepted case is always found again after a crash) and after each change it has stored
    /// (after the hand-over, when the change holds decision notices).</summary>
    Task WriteRowAsync(RecognitionCaseState state);

    /// <summary>Says that the case's decision notices are all in their peers' outboxes (see
    /// <see cref="ICaseIndex.HandedOverAsync"/>).</summary>
    Task HandedOverAsync(string institutionId, string caseId);
}
