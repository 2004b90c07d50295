namespace Exchange.Hub.Grains.Registry;

/// <summary>What an institution may do at the hub (registry.proto InstitutionRole).</summary>
public enum InstitutionCapability
{
    Issuer = 1,
    Recogniser = 2,
}

/// <summary>
/// An institution as the national centre describes it. The grain reasons only on the facts named here (id,
/// country, names for search, capabilities, active); the full descriptive record (legal identity, contacts,
/// authorising body, certificate roots...) is kept as <see cref="Document"/>, the contract's bytes, so nothing is lost
/// in translation. The outside issuer ids are also kept as a fact: the directory indexes them for the trust list.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.InstitutionProfile")]
public sealed record InstitutionProfile(
    [property: Id(0)] string InstitutionId,
    [property: Id(1)] string Country,
    [property: Id(2)] IReadOnlyList<TextValue> Names,
    [property: Id(3)] string ShortName,
    [property: Id(4)] IReadOnlyList<InstitutionCapability> Capabilities,
    [property: Id(5)] bool Active,
    [property: Id(6)] byte[] Document,
    [property: Id(7)] IReadOnlyList<string>? OutsideIssuerIds = null)
{
    /// <summary>The ids the institution issues under in outside formats (Open Badges / VC issuer ids); empty for
    /// profiles stored before the trust list existed.</summary>
    public IReadOnlyList<string> OutsideIssuers => OutsideIssuerIds ?? [];
}

/// <summary>One external quality assurance outcome, kept as the contract's bytes with the time it was recorded.</summary>
[GenerateSerializer, Immutable, Alias("exchange.QualityAssuranceEntry")]
public sealed record QualityAssuranceEntry([property: Id(0)] byte[] Document, [property: Id(1)] DateTimeOffset RecordedAt);

/// <summary>An institution as read from the registry: profile, QA outcomes (newest first), public keys, versioning.</summary>
[GenerateSerializer, Immutable, Alias("exchange.InstitutionSnapshot")]
public sealed record InstitutionSnapshot(
    [property: Id(0)] InstitutionProfile Profile,
    [property: Id(1)] IReadOnlyList<QualityAssuranceEntry> QualityAssurance,
    [property: Id(2)] IReadOnlyList<PublicSigningKey> Keys,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt,
    [property: Id(5)] long Version)
{
    public bool IsIssuer => Profile.Active && Profile.Capabilities.Contains(InstitutionCapability.Issuer);
}

/// <summary>The listing view of an institution held by the registry directory.</summary>
[GenerateSerializer, Immutable, Alias("exchange.InstitutionSummary")]
public sealed record InstitutionSummary(
    [property: Id(0)] string InstitutionId,
    [property: Id(1)] IReadOnlyList<TextValue> Names,
    [property: Id(2)] string ShortName,
    [property: Id(3)] IReadOnlyList<InstitutionCapability> Capabilities,
    [property: Id(4)] bool Active,
    [property: Id(5)] IReadOnlyList<string>? OutsideIssuerIds = null);

/// <summary>An institution's signature over an envelope, and the key that made it.</summary>
[GenerateSerializer, Immutable, Alias("exchange.InstitutionSignature")]
public sealed record InstitutionSignature([property: Id(0)] string KeyId, [property: Id(1)] byte[] Signature);
