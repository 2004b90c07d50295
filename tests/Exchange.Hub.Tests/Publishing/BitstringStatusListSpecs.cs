using System.IO.Compression;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Tests.Publishing;

/// <summary>The encodedList codec against the W3C Bitstring Status List: a list another issuer published, its own
/// lists read back, and everything malformed refused.</summary>
public sealed class BitstringStatusListSpecs
{
    [Fact]
    public void The_validators_sample_list_decodes_to_131072_entries_with_only_entry_23_set()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "..", "shared", "samples", "status", "validator-bitstring-statuslist-credential.json")))!;

        var bits = BitstringStatusList.Decode(sample["credentialSubject"]!["encodedList"]!.GetValue<string>());

        Assert.Equal(131_072, bits.Length * 8);
        Assert.Equal([23], Enumerable.Range(0, bits.Length * 8).Where(i => BitstringStatusList.IsSet(bits, i)));
    }

    [Fact]
    public void Entry_0_is_the_most_significant_bit_of_the_first_byte()
    {
        var bits = BitstringStatusList.Decode(BitstringStatusList.Encode([0, 9]));

        Assert.Equal(0b1000_0000, bits[0]);
        Assert.Equal(0b0100_0000, bits[1]);
    }

    [Fact]
    public void An_encoded_list_is_multibase_base64url_without_padding_of_gzip_at_the_minimum_size()
    {
        var encoded = BitstringStatusList.Encode([]);

        Assert.StartsWith("u", encoded, StringComparison.Ordinal);
        Assert.DoesNotContain('=', encoded);
        Assert.DoesNotContain('+', encoded);
        Assert.DoesNotContain('/', encoded);
        var gzip = Base64UrlEncoder.DecodeBytes(encoded[1..]);
        Assert.Equal([0x1f, 0x8b], gzip[..2]);
        Assert.Equal(16 * 1024, BitstringStatusList.Decode(encoded).Length);
    }

    [Fact]
    public void Any_set_of_indexes_comes_back_exactly_from_its_encoding()
    {
        var random = new Random(23);
        for (var run = 0; run < 200; run++)
        {
            var entries = 8 * random.Next(1, run < 100 ? 64 : BitstringStatusList.MinimumEntries / 8 + 1);
            var set = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(entries)).ToHashSet();

            var bits = BitstringStatusList.Decode(BitstringStatusList.Encode(set, entries));

            Assert.Equal(entries, bits.Length * 8);
            Assert.Equal(set.Order(), Enumerable.Range(0, entries).Where(i => BitstringStatusList.IsSet(bits, i)));
        }
    }

    [Fact]
    public void Setting_an_index_twice_is_setting_it_once()
    {
        Assert.Equal(BitstringStatusList.Encode([5]), BitstringStatusList.Encode([5, 5]));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(131_072)]
    public void Encoding_refuses_an_index_outside_the_list(int index)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BitstringStatusList.Encode([index]));
    }

    [Fact]
    public void Encoding_refuses_a_size_that_is_not_whole_bytes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BitstringStatusList.Encode([], 131_071));
    }

    [Fact]
    public void Reading_past_the_end_of_the_list_is_refused()
    {
        var bits = BitstringStatusList.Decode(BitstringStatusList.Encode([], 16));

        Assert.Throws<ArgumentOutOfRangeException>(() => BitstringStatusList.IsSet(bits, 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => BitstringStatusList.IsSet(bits, -1));
    }

    [Fact]
    public void A_list_without_the_multibase_prefix_is_refused_as_the_specification_requires_it()
    {
        var encoded = BitstringStatusList.Encode([3]);

        Assert.Throws<FormatException>(() => BitstringStatusList.Decode(encoded[1..]));
        Assert.Throws<FormatException>(() => BitstringStatusList.Decode("z" + encoded[1..]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("u")]
    [InlineData("uH4sI+AAA/")]
    [InlineData("uSGVsbG8")]
    public void Malformed_lists_are_refused(string encoded)
    {
        Assert.Throws<FormatException>(() => BitstringStatusList.Decode(encoded));
    }

    [Fact]
    public void A_padded_list_is_refused()
    {
        var gzip = Gzip(new byte[10]);
        var padded = Convert.ToBase64String(gzip).Replace('+', '-').Replace('/', '_');
        Assert.EndsWith("=", padded, StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => BitstringStatusList.Decode("u" + padded));
    }

    [Fact]
    public void A_list_that_expands_past_the_limit_is_refused_without_expanding_it_all()
    {
        // 64 MiB of zeros compress to about 64 KB: a list a hostile issuer could publish.
        var bomb = "u" + Base64UrlEncoder.Encode(Gzip(new byte[64 * 1024 * 1024]));

        var refused = Assert.Throws<FormatException>(() => BitstringStatusList.Decode(bomb));
        Assert.Contains("expands past", refused.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => BitstringStatusList.Decode(BitstringStatusList.Encode([]), maxBytes: 16 * 1024 - 1));
    }

    private static byte[] Gzip(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return compressed.ToArray();
    }
}
