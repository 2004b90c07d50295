using BenchmarkDotNet.Attributes;
using Exchange.Hub.Credentials.Publishing;

namespace Exchange.Benchmarks;

/// <summary>
/// Issue 23: what a verifier pays for a Bitstring Status List entry once the list credential is in hand (its
/// signature is a JWS verification like the rows of <see cref="OutsideCredentialImportBenchmarks"/>): GZIP-decoding
/// the list of the minimum size (131,072 entries, 16 KB; 200 revoked) and testing one bit, and the hub's own encoding
/// of such a list when it re-signs it.
/// </summary>
public class StatusListBenchmarks
{
    private string _encoded = null!;
    private int[] _revoked = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(23);
        _revoked = [.. Enumerable.Range(0, 200).Select(_ => random.Next(BitstringStatusList.MinimumEntries)).Distinct()];
        _encoded = BitstringStatusList.Encode(_revoked);
        var bits = BitstringStatusList.Decode(_encoded);
        if (!BitstringStatusList.IsSet(bits, _revoked[0]) || Enumerable.Range(0, BitstringStatusList.MinimumEntries).Count(i => BitstringStatusList.IsSet(bits, i)) != _revoked.Length)
        {
            throw new InvalidOperationException("The status list does not read back the revoked entries it was made with.");
        }
    }

    [Benchmark(Description = "Bitstring Status List: decode 131,072 entries (base64url + GZIP) + test one bit")]
    public bool DecodeAndTest() => BitstringStatusList.IsSet(BitstringStatusList.Decode(_encoded), _revoked[0]);

    [Benchmark(Description = "Bitstring Status List: encode 131,072 entries with 200 set (GZIP + base64url)")]
    public string Encode() => BitstringStatusList.Encode(_revoked);
}
