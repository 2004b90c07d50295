using System.Buffers.Text;
using System.IO.Compression;

namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// The codec of the W3C Bitstring Status List's <c>encodedList</c>: the bitstring (entry 0 = the most significant bit
/// of byte 0), GZIP-compressed, base64url without padding, with the multibase prefix <c>u</c>. The specification says
/// the value MUST be multibase-encoded, so a value without the prefix (StatusList2021's form) is refused.
/// </summary>
public static class BitstringStatusList
{
    /// <summary>16 KB uncompressed: the specification's minimum, so one revoked entry hides among many (herd privacy).</summary>
    public const int MinimumEntries = 131_072;

    private const char MultibaseBase64Url = 'u';

    /// <summary>The encoded list of <paramref name="entries"/> entries (a multiple of 8) with the given indexes set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index outside the list, or a size that is not a positive multiple of 8.</exception>
    public static string Encode(IEnumerable<int> setIndexes, int entries = MinimumEntries)
    {
        ArgumentNullException.ThrowIfNull(setIndexes);
        ArgumentOutOfRangeException.ThrowIfLessThan(entries, 8);
        if (entries % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(entries), entries, "A bitstring has a whole number of bytes.");
        }

        var bits = new byte[entries / 8];
        foreach (var index in setIndexes)
        {
            if (index < 0 || index >= entries)
            {
                throw new ArgumentOutOfRangeException(nameof(setIndexes), index, $"The list has {entries} entries.");
            }

            bits[index >> 3] |= (byte)(0x80 >> (index & 7));
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return MultibaseBase64Url + Base64Url.EncodeToString(compressed.ToArray());
    }

    /// <summary>The uncompressed bitstring of an encoded list.</summary>
    /// <param name="maxBytes">The most the bitstring may expand to: a few hundred bytes of GZIP can claim gigabytes.</param>
    /// <exception cref="FormatException">No <c>u</c> prefix, padding or characters outside base64url, not GZIP, or
    /// larger than <paramref name="maxBytes"/>.</exception>
    public static byte[] Decode(string encodedList, int maxBytes = 16 * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(encodedList);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        if (encodedList.Length < 2 || encodedList[0] != MultibaseBase64Url)
        {
            throw new FormatException("An encodedList is multibase base64url: it starts with 'u'.");
        }

        var text = encodedList.AsSpan(1);
        if (text.Contains('='))
        {
            throw new FormatException("An encodedList is base64url without padding.");
        }

        // Base64Url throws FormatException itself on characters outside the alphabet.
        var compressed = Base64Url.DecodeFromChars(text);
        try
        {
            return Gunzip(compressed, maxBytes);
        }
        catch (InvalidDataException ex)
        {
            throw new FormatException("The encodedList is not GZIP-compressed data.", ex);
        }
    }

    /// <summary>Whether entry <paramref name="index"/> is set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative or past the end of the bitstring.</exception>
    public static bool IsSet(ReadOnlySpan<byte> bits, int index)
    {
        if (index < 0 || index >= bits.Length * 8L)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {bits.Length * 8L} entries.");
        }

        return (bits[index >> 3] & (0x80 >> (index & 7))) != 0;
    }

    private static byte[] Gunzip(byte[] compressed, int maxBytes)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            if (bits.Length + read > maxBytes)
            {
                throw new FormatException($"The encodedList expands past {maxBytes} bytes.");
            }

            bits.Write(buffer, 0, read);
        }

        if (bits.Length == 0)
        {
            throw new FormatException("The encodedList holds no bitstring.");
        }

        return bits.ToArray();
    }
}
