namespace Exchange.Hub.Grains.Issuing;

/// <summary>The credentials issued to one learner at this hub (key: hub-scoped learner id).</summary>
[Alias("exchange.ILearnerCredentialsGrain")]
public interface ILearnerCredentialsGrain : IGrainWithStringKey
{
    [Alias("Add")]
    Task AddAsync(string credentialId);

    [Alias("List")]
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default);
}
