using System.Security.Cryptography;
using Exchange.Hub.Security;

namespace Exchange.Hub.Signing.KeyRing;

/// <summary>
/// A P-256 private key kept in a PKCS#8 PEM file. Created on first use, so a newcomer's hub just works; in a
/// cluster every silo of a hub points at the same files (Hub:KeysFolder) so they sign with one identity.
/// </summary>
public static class KeyFile
{
    public static ECDsa LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Create(path);
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }

    /// <summary>Key id derived from the public key: stable, and different for every key.</summary>
    public static string KeyIdOf(string ownerId, ECDsa key)
    {
        var thumbprint = SHA256.HashData(key.ExportSubjectPublicKeyInfo());
        return $"{ownerId}#{Convert.ToHexStringLower(thumbprint.AsSpan(0, 8))}";
    }

    private static void Create(string path)
    {
        PrivateFolder.Ensure(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var key = Es256.CreateKey();
        PrivateFile.WriteNew(path, key.ExportPkcs8PrivateKeyPem());
    }
}
