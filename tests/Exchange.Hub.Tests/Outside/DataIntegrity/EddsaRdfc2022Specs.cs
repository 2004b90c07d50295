using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.DataIntegrity;
using Exchange.Hub.Credentials.Outside.Linked;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.DataIntegrity;

/// <summary>The pieces of eddsa-rdfc-2022 below the reader: Ed25519 Multikeys and did:keys, the proofValue, and the
/// signature over proofHash ‖ docHash of the published OB 3.0 vector's canonical N-Quads.</summary>
public sealed class EddsaRdfc2022Specs
{
    private const string PublicKeyHex = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5";
    private const string PublicKeyMultibase = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

    private static JsonObject VectorProof() =>
        JsonNode.Parse(File.ReadAllText(NodeScripts.Sample("ob3", "testvector-eddsa-rdfc-2022.signed.json")))!["proof"]!.AsObject();

    private static byte[] CanonicalHash(string part) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(RdfCanonicalizer.Canonicalize(NQuads.Parse(
            File.ReadAllText(NodeScripts.Sample("ob3", $"testvector-eddsa-rdfc-2022.{part}-canon.nq"))))));

    [Fact]
    public void An_Ed25519_key_is_named_as_a_Multikey_and_a_did_key_and_read_back()
    {
        var key = Convert.FromHexString(PublicKeyHex);

        Assert.Equal(PublicKeyMultibase, Multikey.Ed25519(key));
        Assert.Equal("did:key:" + PublicKeyMultibase + "#" + PublicKeyMultibase, Multikey.DidKeyMethod(key));
        Assert.True(Multikey.TryEd25519(PublicKeyMultibase, out var raw));
        Assert.Equal(key, raw);
        Assert.True(Multikey.TryDidKey("did:key:" + PublicKeyMultibase, out raw));
        Assert.Equal(key, raw);
    }

    [Theory]
    [InlineData("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hw")]     // one character short
    [InlineData("u7QFL3q_eLqi-763YxpnAcEz1EVTVLheyC3EzfKBMxaU")]          // base64url multibase, not base58btc
    [InlineData("zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169")]   // a P-256 key
    [InlineData("z0OIl")]                                               // not base58
    public void Anything_but_an_Ed25519_base58btc_Multikey_is_not_a_key(string multibase)
    {
        Assert.False(Multikey.TryEd25519(multibase, out _));
    }

    [Fact]
    public void A_did_key_method_whose_fragment_is_another_key_is_not_read()
    {
        var other = Multikey.Ed25519(new byte[32]);

        Assert.False(Multikey.TryDidKey("did:key:" + PublicKeyMultibase + "#" + other, out _));
    }

    [Fact]
    public void The_vector_signature_verifies_over_the_proof_hash_then_the_document_hash_and_nothing_else()
    {
        var key = Convert.FromHexString(PublicKeyHex);
        Assert.True(EddsaRdfc2022.TryReadProofValue(VectorProof()["proofValue"]!.GetValue<string>(), out var signature));
        var proofHash = CanonicalHash("proof");
        var docHash = CanonicalHash("document");

        Assert.True(EddsaRdfc2022.Verify(key, [.. proofHash, .. docHash], signature));
        Assert.False(EddsaRdfc2022.Verify(key, [.. docHash, .. proofHash], signature));
        signature[5] ^= 1;
        Assert.False(EddsaRdfc2022.Verify(key, [.. proofHash, .. docHash], signature));
        Assert.False(EddsaRdfc2022.Verify(new byte[32], [.. proofHash, .. docHash], signature));
    }

    [Theory]
    [InlineData("5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr")] // no multibase prefix
    [InlineData("z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35")]               // too short
    [InlineData("zIIII")]
    public void A_proofValue_that_is_not_64_bytes_of_base58btc_is_not_a_signature(string proofValue)
    {
        Assert.False(EddsaRdfc2022.TryReadProofValue(proofValue, out _));
    }
}
