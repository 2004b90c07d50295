using System.Security.Cryptography;
using System.Text;

namespace Exchange.Hub.Security;

/// <summary>
/// Wraps the custodial private keys the hub holds for institutions (AES-256-GCM) with a key-encryption key kept as a
/// file of the keys folder, apart from the database: a copy of the database alone reveals no institution key. Every
/// silo of a hub shares the keys folder and so this key; a backup must hold it next to the database, or the custodial
/// keys in that backup are lost.
/// </summary>
public sealed class CustodialKeyProtector
{
    public const string FileName = "custodial-kek.key";

    private const byte Format = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int KeySize = 32;

    private readonly byte[] _kek;

    public CustodialKeyProtector(string keysFolder)
    {
        var path = Path.Combine(keysFolder, FileName);
        if (!File.Exists(path))
        {
            PrivateFolder.Ensure(keysFolder);
            PrivateFile.WriteNew(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize)) + "\n");
        }

        _kek = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (_kek.Length != KeySize)
        {
            throw new InvalidOperationException($"{path} must hold a base64 AES-256 key ({KeySize} bytes).");
        }
    }

    /// <summary>The wrapped form: format byte, nonce, tag, ciphertext. Bound to the institution and key id, so a
    /// wrapped key copied into another institution's state does not unwrap.</summary>
    public byte[] Wrap(string institutionId, string keyId, ReadOnlySpan<byte> pkcs8)
    {
        var wrapped = new byte[1 + NonceSize + TagSize + pkcs8.Length];
        wrapped[0] = Format;
        var nonce = wrapped.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_kek, TagSize);
        aes.Encrypt(nonce, pkcs8, wrapped.AsSpan(1 + NonceSize + TagSize), wrapped.AsSpan(1 + NonceSize, TagSize), Context(institutionId, keyId));
        return wrapped;
    }

    /// <summary>The PKCS#8 key; the caller clears it after use. Throws <see cref="CryptographicException"/> when the
    /// key-encryption key is not the one that wrapped it or the bytes were altered.</summary>
    public byte[] Unwrap(string institutionId, string keyId, ReadOnlySpan<byte> wrapped)
    {
        if (wrapped.Length < 1 + NonceSize + TagSize || wrapped[0] != Format)
        {
            throw new CryptographicException($"The custodial key {keyId} is not in a known wrapped form.");
        }

        var pkcs8 = new byte[wrapped.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_kek, TagSize);
        aes.Decrypt(wrapped.Slice(1, NonceSize), wrapped[(1 + NonceSize + TagSize)..], wrapped.Slice(1 + NonceSize, TagSize), pkcs8, Context(institutionId, keyId));
        return pkcs8;
    }

    private static byte[] Context(string institutionId, string keyId) =>
        Encoding.UTF8.GetBytes($"exchange.custodial-key\0{institutionId}\0{keyId}");
}
