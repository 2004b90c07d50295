using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// Case ids derive from (requester institution, idempotency key), so a retried submission reaches the same grain
/// without an index lookup, and nothing about the requester or the key can be read back from the id.
/// </summary>
public static partial class CaseIds
{
    public static string For(string requesterInstitutionId, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(requesterInstitutionId + "\n" + idempotencyKey));
        return "rc-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    public static bool IsWellFormed(string caseId) => Shape().IsMatch(caseId);

    public static string Fingerprint(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [GeneratedRegex("^rc-[0-9a-f]{24}$")]
    private static partial Regex Shape();
}
