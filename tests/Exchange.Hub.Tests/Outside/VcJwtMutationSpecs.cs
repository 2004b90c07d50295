using System.Text;
using Exchange.Hub.Credentials;

namespace Exchange.Hub.Tests.Outside;

/// <summary>
/// A property over many documents: any mutation of a valid VC-JWT (a character changed, removed or added, parts
/// swapped or cut) never reads as valid, and never makes the reader throw.
/// </summary>
public sealed class VcJwtMutationSpecs
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \"{}";

    [Fact]
    public async Task No_mutation_of_a_valid_VC_JWT_is_valid_and_none_throws()
    {
        using var issuer = new OutsideIssuerKeys();
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(issuer.Trusted()));
        var valid = issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(issuer.IssuerId)));
        Assert.Equal(VerificationVerdict.Valid, (await reader.ReadAsync(Encoding.ASCII.GetBytes(valid), CancellationToken.None)).Verification.Verdict);
        var random = new Random(2312);

        for (var i = 0; i < 400; i++)
        {
            var mutated = Mutate(valid, random);
            if (mutated == valid)
            {
                continue;
            }

            var read = await reader.ReadAsync(Encoding.UTF8.GetBytes(mutated), CancellationToken.None);

            Assert.True(read.Verification.Verdict != VerificationVerdict.Valid, $"Mutation {i} read as valid: {mutated}");
        }
    }

    private static string Mutate(string jws, Random random)
    {
        var at = random.Next(jws.Length);
        var c = Alphabet[random.Next(Alphabet.Length)];
        var parts = jws.Split('.');
        return random.Next(7) switch
        {
            0 => jws[..at] + c + jws[(at + 1)..],
            1 => jws.Remove(at, 1),
            2 => jws.Insert(at, c.ToString()),
            3 => jws[..at],
            4 => parts[1] + "." + parts[0] + "." + parts[2],
            5 => parts[0] + "." + parts[1] + "." + parts[2][..^random.Next(1, 8)],
            _ => Flip(jws, at, random),
        };
    }

    /// <summary>Several characters of one part changed at once.</summary>
    private static string Flip(string jws, int at, Random random)
    {
        var chars = jws.ToCharArray();
        for (var k = 0; k < 1 + random.Next(5); k++)
        {
            var i = Math.Min(chars.Length - 1, at + k);
            if (chars[i] != '.')
            {
                chars[i] = Alphabet[random.Next(62)];
            }
        }

        return new string(chars);
    }
}
