using System.Globalization;
using System.Numerics;

namespace Exchange.Hub.Credentials.Outside.VcJwt;

/// <summary>
/// A did:key identifier (W3C CCG did:key): "did:key:" + multibase base58btc ("z") of a multicodec-prefixed public key.
/// A P-256 key (p256-pub, 0x1200, compressed point) becomes a <see cref="JoseKey"/>; an Ed25519 key (0xed) is named,
/// because EdDSA is not an algorithm this hub verifies in a JWT; anything else is not read.
/// </summary>
public static class DidKey
{
    public const string Prefix = "did:key:";

    private const string Base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    // P-256 field prime and curve constant b (y² = x³ − 3x + b), for point decompression.
    private static readonly BigInteger P = BigInteger.Parse("0ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    private static readonly BigInteger B = BigInteger.Parse("05ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>The key of a did:key (the part before any '#' fragment), or null with the reason.</summary>
    public static JoseKey? TryRead(string did, out string problem)
    {
        var id = did.Split('#')[0];
        if (!id.StartsWith(Prefix, StringComparison.Ordinal) || id.Length > 200 || id.Length <= Prefix.Length + 1 || id[Prefix.Length] != 'z')
        {
            problem = "The did:key is not multibase base58btc (z…).";
            return null;
        }

        var bytes = DecodeBase58(id[(Prefix.Length + 1)..]);
        if (bytes is { Length: 35 } && bytes[0] == 0x80 && bytes[1] == 0x24 && bytes[2] is 0x02 or 0x03)
        {
            return Decompress(bytes.AsSpan(2), out problem);
        }

        problem = bytes is { Length: > 2 } && bytes[0] == 0xed && bytes[1] == 0x01
            ? "The did:key holds an Ed25519 key; this hub verifies VC-JWTs signed with ES256 or RS256 only."
            : "The did:key holds neither a P-256 (p256-pub) nor an Ed25519 key.";
        return null;
    }

    private static JoseKey? Decompress(ReadOnlySpan<byte> compressed, out string problem)
    {
        var x = new BigInteger(compressed[1..], isUnsigned: true, isBigEndian: true);
        if (x >= P)
        {
            problem = "The did:key point is not on P-256.";
            return null;
        }

        var rhs = (BigInteger.ModPow(x, 3, P) - 3 * x + B) % P;
        if (rhs < 0)
        {
            rhs += P;
        }

        // p ≡ 3 (mod 4): a square root is rhs^((p+1)/4); JoseKey refuses the point if rhs had none.
        var y = BigInteger.ModPow(rhs, (P + 1) / 4, P);
        if (!y.IsEven != (compressed[0] == 0x03))
        {
            y = P - y;
        }

        return JoseKey.FromP256Point(Fixed32(x), Fixed32(y), out problem);
    }

    private static byte[] Fixed32(BigInteger value)
    {
        var raw = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var fixedBytes = new byte[32];
        raw.CopyTo(fixedBytes, 32 - raw.Length);
        return fixedBytes;
    }

    private static byte[]? DecodeBase58(string text)
    {
        BigInteger value = 0;
        foreach (var c in text)
        {
            var digit = Base58Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return null;
            }

            value = value * 58 + digit;
        }

        var leadingZeros = text.TakeWhile(c => c == '1').Count();
        var body = value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
        return [.. new byte[leadingZeros], .. body];
    }

    /// <summary>Encodes a P-256 public key as a did:key (for tests and for naming a key in a report).</summary>
    public static string ForP256(byte[] x, byte[] y)
    {
        byte[] bytes = [0x80, 0x24, (byte)((y[^1] & 1) == 0 ? 0x02 : 0x03), .. x];
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var chars = new List<char>();
        while (value > 0)
        {
            chars.Add(Base58Alphabet[(int)(value % 58)]);
            value /= 58;
        }

        chars.Reverse();
        return Prefix + "z" + new string([.. bytes.TakeWhile(b => b == 0).Select(_ => '1'), .. chars]);
    }
}
