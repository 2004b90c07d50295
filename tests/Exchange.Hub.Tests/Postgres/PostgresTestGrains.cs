using Orleans.Placement;
using Orleans.Runtime;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>A persistent counter used to exercise ADO.NET grain storage and reminders on PostgreSQL.</summary>
public interface IPgCounterGrain : IGrainWithStringKey
{
    Task<int> Add(int amount);

    Task<int> Current();

    /// <summary>Address of the silo hosting this activation.</summary>
    Task<string> Host();

    Task RegisterReminder(string name);

    Task<bool> HasReminder(string name);

    Task UnregisterReminder(string name);
}

[GenerateSerializer]
[Alias("exchange.tests.pg-counter-state")]
public sealed class PgCounterState
{
    [Id(0)]
    public int Count { get; set; }
}

/// <summary>
/// Local placement lets a test choose the silo that activates the grain by calling it through that
/// silo's grain factory.
/// </summary>
[PreferLocalPlacement]
public sealed class PgCounterGrain(
    [PersistentState("counter", OrleansPostgresCluster.StorageName)] IPersistentState<PgCounterState> state,
    ILocalSiloDetails silo) : Grain, IPgCounterGrain, IRemindable
{
    public async Task<int> Add(int amount)
    {
        state.State.Count += amount;
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<int> Current() => Task.FromResult(state.State.Count);

    public Task<string> Host() => Task.FromResult(silo.SiloAddress.ToString());

    // Far-off due time and period: the test checks storage, not ticking.
    public Task RegisterReminder(string name) =>
        this.RegisterOrUpdateReminder(name, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    public async Task<bool> HasReminder(string name) => await this.GetReminder(name) is not null;

    public async Task UnregisterReminder(string name)
    {
        var reminder = await this.GetReminder(name);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
