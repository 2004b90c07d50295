namespace Exchange.Hub.Grains.Recognition;

/// <summary>The decision as a credential the learner carries: issued before the write that stores the decision (so
/// it is stored, delivered and shown with it), and a superseded decision's status entry set after the write that
/// stores the decision superseding it, so the list can lag a re-decision but never run ahead of one.</summary>
public sealed partial class RecognitionCaseGrain
{
    /// <summary>Signs the case's decision if it has no credential yet: every way a case is decided (automatically, by
    /// an officer, a commission, after an appeal) reaches the write through here. If it fails, nothing is written
    /// and the activation is dropped, so the next call reads the case as stored rather than the decision unwritten.</summary>
    private async Task IssueDecisionCredentialAsync()
    {
        if (State.Decision is not { DecisionCredential: null } decision)
        {
            return;
        }

        try
        {
            State.Decision = await decisionCredentials.IssueAsync(State, decision);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogDecisionCredentialFailed(logger, ex, State.CaseId, decision.DecisionId);
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Marks every superseded decision whose entry is not yet set, and records that it did (one more write,
    /// only after a re-decision). A failure is left to the next activation, which marks again.</summary>
    private async Task MarkSupersededAsync()
    {
        var pending = SupersededUnmarked().ToList();
        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var index in pending)
            {
                await decisionCredentials.MarkSupersededAsync(State.PreviousDecisions[index]);
                State.PreviousDecisions[index] = State.PreviousDecisions[index] with { StatusMarked = true };
            }

            await WriteAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogSupersessionMarkFailed(logger, ex, State.CaseId);
        }
    }

    /// <summary>Positions in <see cref="RecognitionCaseState.PreviousDecisions"/> of decisions with a credential whose
    /// status entry has not been recorded as set.</summary>
    private IEnumerable<int> SupersededUnmarked() =>
        Enumerable.Range(0, State.PreviousDecisions.Count).Where(i => State.PreviousDecisions[i] is { StatusIndex: not null, StatusMarked: false });

    private void ScheduleSupersessionMarks()
    {
        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(async _ =>
        {
            try
            {
                await MarkSupersededAsync();
            }
            finally
            {
                timer?.Dispose();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    [LoggerMessage(EventId = 4106, EventName = "DecisionCredentialFailed", Level = LogLevel.Error,
        Message = "Case {CaseId}: the credential of decision {DecisionId} could not be issued; the decision is not stored")]
    private static partial void LogDecisionCredentialFailed(ILogger logger, Exception exception, string caseId, string decisionId);

    [LoggerMessage(EventId = 4107, EventName = "SupersessionMarkFailed", Level = LogLevel.Warning,
        Message = "Case {CaseId}: a superseded decision's status entry could not be set yet; the next activation sets it")]
    private static partial void LogSupersessionMarkFailed(ILogger logger, Exception exception, string caseId);
}
