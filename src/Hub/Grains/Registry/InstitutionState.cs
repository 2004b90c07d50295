namespace Exchange.Hub.Grains.Registry;

[GenerateSerializer, Alias("exchange.InstitutionState")]
public sealed class InstitutionState
{
    [Id(0)]
    public InstitutionProfile? Profile { get; set; }

    [Id(1)]
    public List<QualityAssuranceEntry> QualityAssurance { get; set; } = [];

    /// <summary>Includes custodial private keys, wrapped; see <see cref="SigningKey"/>.</summary>
    [Id(2)]
    public List<SigningKey> Keys { get; set; } = [];

    [Id(3)]
    public DateTimeOffset CreatedAt { get; set; }

    [Id(4)]
    public DateTimeOffset UpdatedAt { get; set; }

    [Id(5)]
    public long Version { get; set; }

    /// <summary>The version last written to the registry directory; behind <see cref="Version"/> after a crash in between.</summary>
    [Id(6)]
    public long IndexedVersion { get; set; }
}
