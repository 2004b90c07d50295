using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Exchange.Hub.Hosting;

/// <summary>Reports healthy only while the silo is active: before it has joined its cluster, and once it
/// has begun to stop, the hub cannot serve grain calls and a load balancer should not send it any.</summary>
internal sealed class SiloReadiness : ILifecycleParticipant<ISiloLifecycle>, IHealthCheck
{
    private volatile bool _active;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            nameof(SiloReadiness),
            ServiceLifecycleStage.Active,
            _ =>
            {
                _active = true;
                return Task.CompletedTask;
            },
            _ =>
            {
                _active = false;
                return Task.CompletedTask;
            });

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_active
            ? HealthCheckResult.Healthy("The silo is active.")
            : HealthCheckResult.Unhealthy("The silo is not active."));
}
