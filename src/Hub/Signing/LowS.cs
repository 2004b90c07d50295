namespace Exchange.Hub.Signing;

/// <summary>
/// The low-S rule for P-256 signatures in r‖s form, on the raw big-endian bytes: verification runs on every
/// envelope, so the compare allocates nothing (no BigInteger).
/// </summary>
internal static class LowS
{
    private const int FieldLength = 32;

    /// <summary>n, the order of the P-256 group.</summary>
    private static ReadOnlySpan<byte> Order =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xBC, 0xE6, 0xFA, 0xAD, 0xA7, 0x17, 0x9E, 0x84, 0xF3, 0xB9, 0xCA, 0xC2, 0xFC, 0x63, 0x25, 0x51,
    ];

    /// <summary>⌊n/2⌋: the largest accepted s.</summary>
    private static ReadOnlySpan<byte> HalfOrder =>
    [
        0x7F, 0xFF, 0xFF, 0xFF, 0x80, 0x00, 0x00, 0x00, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xDE, 0x73, 0x7D, 0x56, 0xD3, 0x8B, 0xCF, 0x42, 0x79, 0xDC, 0xE5, 0x61, 0x7E, 0x31, 0x92, 0xA8,
    ];

    /// <summary>Whether s (the second half of r‖s) is at most n/2. Signatures are public: no constant time needed.</summary>
    public static bool Holds(ReadOnlySpan<byte> signature) =>
        signature[FieldLength..].SequenceCompareTo(HalfOrder) <= 0;

    /// <summary>Replaces a high s by n − s in place; (r, n − s) verifies for the same message and key.</summary>
    public static void Normalize(Span<byte> signature)
    {
        if (signature.Length != 2 * FieldLength || Holds(signature))
        {
            return;
        }

        var s = signature[FieldLength..];
        var borrow = 0;
        for (var i = FieldLength - 1; i >= 0; i--)
        {
            var difference = Order[i] - s[i] - borrow;
            borrow = difference < 0 ? 1 : 0;
            s[i] = (byte)(difference + (borrow << 8));
        }
    }
}
