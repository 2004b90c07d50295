namespace Exchange.Hub.Grains.Issuing;

/// <summary>Which credential a registry number names (key: the registry number); written once, at issue.</summary>
[Alias("exchange.IRegistryNumberIndexGrain")]
public interface IRegistryNumberIndexGrain : IGrainWithStringKey
{
    [Alias("Set")]
    Task SetAsync(string credentialId, string institutionId);

    /// <summary>(credential id, institution id), or null for an unknown number.</summary>
    [Alias("Get")]
    Task<RegistryNumberTarget?> GetAsync(CancellationToken cancellationToken = default);
}

[GenerateSerializer, Immutable, Alias("exchange.RegistryNumberTarget")]
public sealed record RegistryNumberTarget([property: Id(0)] string CredentialId, [property: Id(1)] string InstitutionId);
