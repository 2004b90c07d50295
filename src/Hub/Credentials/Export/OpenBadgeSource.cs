using System.Text.Json.Nodes;
using Exchange.Contracts.V1;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// What an Open Badges 3.0 export is built from: the credential as the institution signed it (learner included), the
/// facts the hub recorded at issue, and the status entry the credential's revocation will be published under.
/// </summary>
/// <param name="CredentialStatus">A <c>BitstringStatusListEntry</c> (<c>StatusLists.CredentialStatus</c>).</param>
public sealed record OpenBadgeSource(
    Credential Credential,
    string InstitutionId,
    string LearnerId,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpiresAt,
    JsonObject CredentialStatus);
