using System.Security.Cryptography;
using System.Text;

namespace Exchange.Hub.Credentials;

/// <summary>
/// Binds a credential id to the institution that issues it: the id is derived from the institution id and the
/// idempotency key, and the hub recomputes it from the authenticated institution rather than trusting an id that
/// a signer wrote into a header. One institution therefore cannot take the id of another institution's next
/// credential (ids are predictable, so a squatted id would make that issuance fail for ever).
/// </summary>
public static class CredentialIdBinding
{
    public const string NotBound = "CREDENTIAL_ID_NOT_BOUND";

    private const string Marker = "-CRED-";
    private const int DigestChars = 20;

    /// <summary>The id of the credential an institution issues under an idempotency key at a hub of this country:
    /// <c>{country}-CRED-</c> and the first 20 hex digits of SHA-256(institution id, newline, idempotency key).</summary>
    public static string For(string country, string institutionId, string idempotencyKey) =>
        country + Marker + Digest(institutionId, idempotencyKey);

    /// <summary>Whether the id is the one derived for this institution and idempotency key (any country prefix:
    /// the country is the hub's own and checked where the id is made).</summary>
    public static bool Binds(string credentialId, string institutionId, string idempotencyKey)
    {
        var marker = credentialId.IndexOf(Marker, StringComparison.Ordinal);
        return marker > 0
            && credentialId.AsSpan(marker + Marker.Length).SequenceEqual(Digest(institutionId, idempotencyKey));
    }

    private static string Digest(string institutionId, string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(institutionId + "\n" + idempotencyKey)))[..DigestChars];
}
