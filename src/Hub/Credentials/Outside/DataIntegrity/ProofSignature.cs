using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>
/// A proof's signature with the bytes it covers, checked the way its suite says: eddsa-rdfc-2022 with an Ed25519 key
/// (a did:key z6Mk…, a registered Ed25519 SubjectPublicKeyInfo), ecdsa-rdfc-2019 with a P-256 key (a did:key zDn…, a
/// registered P-256 SubjectPublicKeyInfo; ECDSA with SHA-256 over the data, r ‖ s). A key of the other kind is not
/// this suite's key (null), never a failed verification.
/// </summary>
public abstract class ProofSignature
{
    /// <summary>The key kind the suite needs, for the check's words.</summary>
    public abstract string KeyKind { get; }

    /// <summary>Whether the key a did:key method carries verifies the signature; null when the method is not a did:key
    /// of this suite's kind.</summary>
    public abstract bool? VerifiesWithDidKey(string method);

    /// <summary>Whether a registered key verifies the signature; null when the key is not of this suite's kind.</summary>
    public abstract bool? VerifiesWithRegistered(byte[] spkiDer);

    /// <summary>The signature of a proof whose suite this hub verifies, or null with the reason.</summary>
    public static ProofSignature? For(string suite, byte[] data, string? proofValue, out string problem)
    {
        if (!EddsaRdfc2022.TryReadProofValue(proofValue, out var signature))
        {
            problem = "The proofValue is not a multibase base58btc (z…) signature of 64 bytes.";
            return null;
        }

        problem = "";
        return suite switch
        {
            Cryptosuites.EddsaRdfc2022 => new Ed25519(data, signature),
            Cryptosuites.EcdsaRdfc2019 => new P256(data, signature),
            _ => null,
        };
    }

    private sealed class Ed25519(byte[] data, byte[] signature) : ProofSignature
    {
        public override string KeyKind => "Ed25519";

        public override bool? VerifiesWithDidKey(string method) =>
            Multikey.TryDidKey(method, out var key) ? EddsaRdfc2022.Verify(key, data, signature) : null;

        public override bool? VerifiesWithRegistered(byte[] spkiDer) =>
            Ed25519Spki.TryRaw(spkiDer, out var key) ? EddsaRdfc2022.Verify(key, data, signature) : null;
    }

    private sealed class P256(byte[] data, byte[] signature) : ProofSignature
    {
        public override string KeyKind => "P-256";

        public override bool? VerifiesWithDidKey(string method)
        {
            // The fragment, when there is one, must repeat the key (did:key:zDn…#zDn…).
            var parts = method.Split('#');
            if (parts.Length > 2 || (parts.Length == 2 && parts[1] != parts[0][Multikey.DidKeyPrefix.Length..]))
            {
                return null;
            }

            using var key = DidKey.TryRead(parts[0], out _);
            return key is null ? null : key.Verify("ES256", data, signature);
        }

        public override bool? VerifiesWithRegistered(byte[] spkiDer)
        {
            using var key = JoseKey.FromSubjectPublicKeyInfo(spkiDer, out _);
            return key is not null && key.Fits("ES256") ? key.Verify("ES256", data, signature) : null;
        }
    }
}
