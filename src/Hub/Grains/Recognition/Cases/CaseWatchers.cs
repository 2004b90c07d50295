namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>The callers long polling a case (<see cref="IRecognitionCaseGrain.WaitForChangeAsync"/>): all of them are
/// answered when the case's next change is stored.</summary>
internal sealed class CaseWatchers
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits for the next stored change, or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout) => Task.WhenAny(_changed.Task, Task.Delay(timeout));

    public void Changed()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
