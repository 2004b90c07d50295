namespace Exchange.Hub.Identity.Store;

/// <summary>
/// One key of the hub's own OpenID provider (signing or encryption), kept in the hub's database so that every silo of
/// the hub signs and reads the same tokens. The key is wrapped with the keys folder's key-encryption key: a copy of the
/// database alone does not reveal it.
/// </summary>
public sealed class ProviderKey
{
    /// <summary><see cref="Provider.ProviderKeyPurpose"/>: one active key per purpose.</summary>
    public required string Purpose { get; set; }

    public required string KeyId { get; set; }

    /// <summary>The wrapped key bytes (RSA PKCS#8 for signing, AES for encryption), base64.</summary>
    public required string WrappedKey { get; set; }

    public long CreatedTicks { get; set; }
}
