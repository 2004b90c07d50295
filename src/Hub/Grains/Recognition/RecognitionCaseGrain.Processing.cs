using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.ReferenceData;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>Processing a received case: its credentials are fetched (from peer hubs, which may be slow or away) and
/// the case applies them. It runs in the submitting call when the requester waits, otherwise on a timer of its own;
/// a failure leaves the case where it was, with a reminder that retries.</summary>
public sealed partial class RecognitionCaseGrain
{
    private void ScheduleProcessing()
    {
        _processing?.Dispose();
        // The timer is disposed only after processing: disposing it cancels the token the callback runs with,
        // which would abort a resolve that is waiting on a peer hub.
        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(async ct =>
        {
            try
            {
                await ProcessOrRetryLaterAsync(ct);
            }
            finally
            {
                if (ReferenceEquals(_processing, timer))
                {
                    _processing = null;
                }

                timer?.Dispose();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        _processing = timer;
    }

    private Task ProcessOrRetryLaterAsync(CancellationToken cancellationToken) => RetryLaterOnFailureAsync(async () =>
    {
        if (State.Status is CaseStatus.Received or CaseStatus.WaitingForPeer)
        {
            await ApplyAndSaveAsync(await ResolveAsync(cancellationToken));
        }
    });

    /// <summary>Finishes processing in the submitting call with the credentials being fetched, if they arrive by
    /// <paramref name="settleBy"/>; otherwise the processing timer takes over (and fetches again), as for a request
    /// that does not wait.</summary>
    private async Task SettleAsync(Task<IReadOnlyList<ResolvedCredential>> resolving, DateTimeOffset settleBy)
    {
        IReadOnlyList<ResolvedCredential> resolved;
        try
        {
            var left = settleBy - time.GetUtcNow();
            resolved = await resolving.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time);
        }
        catch (TimeoutException)
        {
            Forget(resolving);
            ScheduleProcessing();
            return;
        }

        await RetryLaterOnFailureAsync(() => ApplyAndSaveAsync(resolved));
    }

    private async Task RetryLaterOnFailureAsync(Func<Task> processing)
    {
        try
        {
            await processing();
            _processingFailed = false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The case stays where it was; its reminder (registered now) retries, as a restart would.
            _processingFailed = true;
            LogProcessingFailed(logger, ex, State.CaseId);
            await _upkeep.SyncReminderAsync(Upkeep.ReminderPeriod);
        }
    }

    /// <summary>Every credential of the case, resolved and verified; touches nothing of the case.</summary>
    private async Task<IReadOnlyList<ResolvedCredential>> ResolveAsync(CancellationToken cancellationToken)
    {
        var requester = State.RequesterInstitutionId;
        var sources = State.CurrentCredentials.ToArray();
        var resolved = new List<ResolvedCredential>(sources.Length);
        foreach (var source in sources)
        {
            resolved.Add(await resolution.ResolveAsync(source, requester, cancellationToken));
        }

        return resolved;
    }

    private async Task ApplyAndSaveAsync(IReadOnlyList<ResolvedCredential> resolved)
    {
        var stacks = await StackRequirementsAsync(resolved);
        var register = await GrainFactory.Keyed<IQualityRegisterGrain>(QualityRegisterGrain.Key).SnapshotAsync();
        // Read at every assessment, never cached: a list an administrator changed applies to the next one.
        var lists = await GrainFactory.Keyed<IAutomaticRecognitionListsGrain>(AutomaticRecognitionLists.Key).ListAsync(includeInactive: false);
        _case.Resolve(resolved, time.GetUtcNow(), stacks, register, lists);
        await SaveAsync();
    }

    /// <summary>The requirements of the qualifications the credentials stack towards (and of the target, when it is
    /// one), looked up before the case is assessed; bounded per peer, so an away hub only leaves them unknown.</summary>
    private async Task<Stacking.StackRequirements> StackRequirementsAsync(IReadOnlyList<ResolvedCredential> resolved)
    {
        if (resolved.Any(r => r.Verification.Verdict == VerificationVerdict.Indeterminate || r.Credential is null))
        {
            return Stacking.StackRequirements.None;
        }

        var named = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var id in Cases.RecognitionCase.StackedQualifications(State.Submission!.Target, resolved.Select(r => r.Credential!)))
        {
            named[id] = [.. resolved.Where(r => r.Credential!.StacksTowards.Contains(id, StringComparer.Ordinal) || id == State.Submission.Target.Id)
                .Select(r => r.Verification.IssuingHubId).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal)];
        }

        return named.Count == 0 || qualifications is null ? Stacking.StackRequirements.None : await qualifications.FindAsync(named, CancellationToken.None);
    }

    /// <summary>A fetch nobody waits for any more: its outcome is dropped (it never fails, but is observed anyway).</summary>
    private static void Forget(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    [LoggerMessage(EventId = 4103, EventName = "CaseProcessingFailed", Level = LogLevel.Error,
        Message = "Case {CaseId} could not be processed; it stays received and its reminder retries")]
    private static partial void LogProcessingFailed(ILogger logger, Exception exception, string caseId);
}
