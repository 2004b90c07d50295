namespace Exchange.Hub.Credentials.Outside.OpenBadges;

/// <summary>What the trust list knows of the issuer, which outranks what the document says of itself: its country,
/// its name, its quality assurance (null members when the issuer is not on the list).</summary>
public sealed record OutsideMappingContext(string? TrustedCountry, string? TrustedName, QualityAssuranceBasis? QualityAssurance)
{
    public static OutsideMappingContext Untrusted { get; } = new(null, null, null);
}
