using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;

namespace Exchange.Hub.Web.Printing;

/// <summary>What a learner's printout is made of: the credential as signed, its registry number, the share link with its
/// expiry, and the report of checking the credential just now.</summary>
public sealed record CredentialPrintSource(Credential Credential, string RegistryNumber, Uri Link, DateTimeOffset LinkValidUntil,
    CredentialVerification Report);
