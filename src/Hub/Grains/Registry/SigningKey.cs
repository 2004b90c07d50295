namespace Exchange.Hub.Grains.Registry;

/// <summary>Lifecycle of an institution signing key (trust.proto KeyStatus).</summary>
public enum SigningKeyStatus
{
    Pending = 1,
    Active = 2,
    Retired = 3,
    Revoked = 4,
}

/// <summary>
/// An institution signing key as the registry keeps it. For institutions that let the hub sign on their behalf
/// (custodial keys) the private key is held here, and only here, wrapped by the hub's key-encryption key
/// (<see cref="Security.CustodialKeyProtector"/>) in the institution grain's persisted state; it is unwrapped only
/// for the moment of signing inside the grain and never appears in a snapshot or an API answer. An RSA key
/// (<see cref="Rsa"/>) or an Ed25519 key (<see cref="Ed25519"/>) belongs to an institution that issues credentials in
/// outside formats: it only verifies those (RS256, EdDSA) and never signs or verifies an envelope, which stay ES256.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.SigningKey")]
public sealed record SigningKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] byte[] SpkiDer,
    [property: Id(2)] DateTimeOffset? NotBefore,
    [property: Id(3)] DateTimeOffset? NotAfter,
    [property: Id(4)] SigningKeyStatus Status,
    [property: Id(5)] DateTimeOffset AddedAt,
    [property: Id(6)] DateTimeOffset? RevokedAt = null,
    [property: Id(7)] string? StatusReason = null,
    [property: Id(8)] byte[]? LegacyClearPkcs8 = null,
    [property: Id(9)] byte[]? WrappedPrivateKey = null,
    [property: Id(10)] bool Rsa = false,
    [property: Id(11)] bool Ed25519 = false)
{
    /// <summary>The algorithm the key is used with; only an ES256 key signs or verifies envelopes.</summary>
    public Signing.PublicKeyKind Kind => SigningKeyKinds.Of(Rsa, Ed25519);

    /// <summary>Whether the hub holds the private key (wrapped; or in clear as versions before wrapping stored it,
    /// until the grain's next activation wraps it).</summary>
    public bool IsCustodial => WrappedPrivateKey is not null || LegacyClearPkcs8 is not null;


    public bool InWindow(DateTimeOffset instant) =>
        (NotBefore is null || instant >= NotBefore) && (NotAfter is null || instant < NotAfter);

    /// <summary>Whether a signature dated <paramref name="instant"/> made with this key is acceptable.</summary>
    public bool ValidAt(DateTimeOffset instant) =>
        Status != SigningKeyStatus.Pending && InWindow(instant) && !(RevokedAt is { } revoked && instant >= revoked);

    public PublicSigningKey ToPublic() => new(KeyId, SpkiDer, NotBefore, NotAfter, Status, AddedAt, RevokedAt, StatusReason, IsCustodial, Rsa, Ed25519);
}

/// <summary>The public part of a signing key: what the registry shows and verifiers read.</summary>
[GenerateSerializer, Immutable, Alias("exchange.PublicSigningKey")]
public sealed record PublicSigningKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] byte[] SpkiDer,
    [property: Id(2)] DateTimeOffset? NotBefore,
    [property: Id(3)] DateTimeOffset? NotAfter,
    [property: Id(4)] SigningKeyStatus Status,
    [property: Id(5)] DateTimeOffset AddedAt,
    [property: Id(6)] DateTimeOffset? RevokedAt,
    [property: Id(7)] string? StatusReason,
    [property: Id(8)] bool Custodial,
    [property: Id(9)] bool Rsa = false,
    [property: Id(10)] bool Ed25519 = false)
{
    /// <summary>The algorithm the key is used with; only an ES256 key signs or verifies envelopes.</summary>
    public Signing.PublicKeyKind Kind => SigningKeyKinds.Of(Rsa, Ed25519);

    /// <summary>Whether envelopes may be signed or verified with the key: ES256 keys only.</summary>
    public bool ForEnvelopes => Kind == Signing.PublicKeyKind.Es256;

    public bool ValidAt(DateTimeOffset instant) =>
        Status != SigningKeyStatus.Pending
        && (NotBefore is null || instant >= NotBefore) && (NotAfter is null || instant < NotAfter)
        && !(RevokedAt is { } revoked && instant >= revoked);
}

/// <summary>The stored flags of a key read as its algorithm.</summary>
internal static class SigningKeyKinds
{
    public static Signing.PublicKeyKind Of(bool rsa, bool ed25519) =>
        rsa ? Signing.PublicKeyKind.Rs256 : ed25519 ? Signing.PublicKeyKind.EdDsa : Signing.PublicKeyKind.Es256;
}

/// <summary>A key to add: the public key an institution registers, or a request for a hub-generated custodial key.</summary>
[GenerateSerializer, Immutable, Alias("exchange.NewSigningKey")]
public sealed record NewSigningKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] byte[]? SpkiDer,
    [property: Id(2)] DateTimeOffset? NotBefore,
    [property: Id(3)] DateTimeOffset? NotAfter,
    [property: Id(4)] bool GenerateCustodial,
    [property: Id(5)] bool Activate);
