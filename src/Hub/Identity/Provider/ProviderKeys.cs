using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Identity.Provider;

/// <summary>The provider's keys as the token handlers use them.</summary>
internal sealed record ProviderKeys(RsaSecurityKey Signing, SymmetricSecurityKey Encryption)
{
    public static ProviderKeys From(string signingKeyId, ReadOnlySpan<byte> rsaPkcs8, string encryptionKeyId, byte[] aesKey)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(rsaPkcs8, out _);
        return new ProviderKeys(
            new RsaSecurityKey(rsa) { KeyId = signingKeyId },
            new SymmetricSecurityKey(aesKey) { KeyId = encryptionKeyId });
    }
}
