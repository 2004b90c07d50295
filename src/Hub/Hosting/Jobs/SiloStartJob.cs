namespace Exchange.Hub.Hosting.Jobs;

/// <summary>
/// Work a silo starts once it is active and does in the background, so the hub serves at once; stopping the silo
/// cancels the work and waits for it.
/// </summary>
internal abstract class SiloStartJob : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;

    /// <summary>Done once the work started with the silo has ended (for tests to wait on).</summary>
    protected Task Running => _running;

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(
        GetType().Name,
        ServiceLifecycleStage.Active,
        _ =>
        {
            _running = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
            return Task.CompletedTask;
        },
        async _ =>
        {
            await _stopping.CancelAsync();
            await _running;
        });

    public void Dispose() => _stopping.Dispose();

    /// <summary>The work; it ends quietly when <paramref name="stopping"/> is cancelled.</summary>
    protected abstract Task RunAsync(CancellationToken stopping);
}
