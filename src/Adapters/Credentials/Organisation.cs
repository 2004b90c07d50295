namespace Exchange.Adapters.Credentials;

/// <summary>
/// An awarding body. Latvia requires the issuer's legal data (registration number, legal address) and
/// contact data on the certificate (seed 003).
/// </summary>
public sealed record Organisation(string Id, string Name, string Country, string? LegalData = null, string? ContactData = null);
