using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Exchange.Hub.Signing;

/// <summary>
/// D = SHA-256(context ‖ 0x00 ‖ for each part: uint64_be(len) ‖ part), the digest every Exchange signature covers
/// (trust.proto). Length prefixes make the boundary between parts unambiguous, so ("ab","c") and ("a","bc") never
/// share a signature; the parts are the bytes exactly as they travel, never a re-serialisation.
/// </summary>
public static class SignedDigest
{
    public const int Length = 32;

    public static byte[] Compute(string context, params ReadOnlySpan<ReadOnlyMemory<byte>> parts)
    {
        var digest = new byte[Length];
        Compute(context, parts, digest);
        return digest;
    }

    public static void Compute(string context, ReadOnlySpan<ReadOnlyMemory<byte>> parts, Span<byte> destination)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Contexts are short constants: encode them on the stack rather than allocate per signature.
        var contextBytes = context.Length <= 128 ? stackalloc byte[context.Length] : new byte[context.Length];
        Encoding.ASCII.GetBytes(context, contextBytes);
        hash.AppendData(contextBytes);
        Span<byte> separatorAndLength = stackalloc byte[8];
        separatorAndLength[0] = 0;
        hash.AppendData(separatorAndLength[..1]);
        foreach (var part in parts)
        {
            BinaryPrimitives.WriteUInt64BigEndian(separatorAndLength, (ulong)part.Length);
            hash.AppendData(separatorAndLength);
            hash.AppendData(part.Span);
        }

        hash.GetHashAndReset(destination);
    }
}
