using Exchange.Hub.Hosting;

namespace Exchange.Hub.Grains.Issuing;

[GenerateSerializer, Alias("exchange.LearnerCredentialsState")]
public sealed class LearnerCredentialsState
{
    [Id(0)]
    public List<string> CredentialIds { get; set; } = [];
}

internal sealed class LearnerCredentialsGrain(
    [PersistentState("learner-credentials", HubStorage.Name)] IPersistentState<LearnerCredentialsState> state)
    : Grain, ILearnerCredentialsGrain
{
    public async Task AddAsync(string credentialId)
    {
        if (state.State.CredentialIds.Contains(credentialId))
        {
            return;
        }

        state.State.CredentialIds.Add(credentialId);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([.. state.State.CredentialIds]);
}
