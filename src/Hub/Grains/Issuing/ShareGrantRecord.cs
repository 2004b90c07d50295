namespace Exchange.Hub.Grains.Issuing;

/// <summary>Lifecycle of a share grant (credential.proto ShareGrantStatus).</summary>
public enum ShareGrantState
{
    Active = 1,
    Expired = 2,
    Revoked = 3,
}

/// <summary>
/// A learner's share grant. The SHA-256 of the code is what a presented code is checked against; beside it the code
/// sealed with the hub's Data Protection keys (<see cref="SealedCode"/>, purpose <c>exchange.share-code.v1</c>), so
/// the learner's own pages can show the link and its QR code again. Null for grants made before it was kept.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.ShareGrantRecord")]
public sealed record ShareGrantRecord(
    [property: Id(0)] string ShareId,
    [property: Id(1)] byte[] CodeHash,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset ExpiresAt,
    [property: Id(4)] string RecipientHubId,
    [property: Id(5)] string RecipientInstitutionId,
    [property: Id(6)] DateTimeOffset? RevokedAt = null,
    [property: Id(7)] int UseCount = 0,
    [property: Id(8)] IReadOnlyList<string>? OpenedByHubs = null,
    [property: Id(9)] string? SealedCode = null)
{
    /// <summary>Whether this grant ever gave the credential to <paramref name="hubId"/>: it names that hub, or it names
    /// none and that hub opened it. Expiry and revocation do not undo it: a case submitted while the grant held may
    /// be decided, and its decision delivered, long after.</summary>
    public bool WasGivenTo(string hubId) =>
        RecipientHubId.Length > 0
            ? string.Equals(RecipientHubId, hubId, StringComparison.Ordinal)
            : OpenedByHubs?.Contains(hubId, StringComparer.Ordinal) == true;


    public ShareGrantState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ShareGrantState.Revoked : now >= ExpiresAt ? ShareGrantState.Expired : ShareGrantState.Active;
}

/// <summary>A grant just created, with its code (the only time the code is known outside the learner).</summary>
[GenerateSerializer, Immutable, Alias("exchange.CreatedShareGrant")]
public sealed record CreatedShareGrant([property: Id(0)] ShareGrantRecord Grant, [property: Id(1)] string ShareCode);

/// <summary>The result of presenting a share code.</summary>
public enum ShareAccessOutcome
{
    Granted = 1,
    CodeInvalid = 2,
    Expired = 3,
    RecipientMismatch = 4,
    CredentialNotFound = 5,
}

/// <summary>What presenting a share code yields: the outcome and, when granted, the credential and until when the
/// grant holds.</summary>
[GenerateSerializer, Immutable, Alias("exchange.ShareAccess")]
public sealed record ShareAccess(
    [property: Id(0)] ShareAccessOutcome Outcome,
    [property: Id(1)] string Detail,
    [property: Id(2)] IssuedCredentialView? Credential,
    [property: Id(3)] string? ShareId = null,
    [property: Id(4)] DateTimeOffset? ExpiresAt = null);
