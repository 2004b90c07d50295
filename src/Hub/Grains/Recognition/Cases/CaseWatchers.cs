namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>The callers long polling a case (<see cref="IRecognitionCaseGrain.WaitForChangeAsync"/>): all of them are
/// answered when the case's next change is stored.</summary>
internal sealed class CaseWatchers
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits for the next stored change, <paramref name="timeout"/> or the caller's cancellation, whichever
    /// comes first, and never throws: a poll that ends unanswered answers with the case as it stands.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            // WaitAsync drops its timer and its token registration as soon as it ends, so a watcher that went away
            // leaves nothing behind; the shared change signal itself is never faulted or cancelled.
            await _changed.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public void Changed()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
