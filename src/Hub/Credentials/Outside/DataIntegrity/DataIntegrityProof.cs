using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>
/// One embedded proof of a credential as VC Data Integrity 1.0 states it: the proof type and cryptosuite, the
/// verification method and purpose, when it was made, and the signature (proofValue, multibase). <see cref="Options"/>
/// is the proof without proofValue — what the proof hash covers.
/// </summary>
public sealed record DataIntegrityProof(
    string Type,
    string? Cryptosuite,
    string VerificationMethod,
    string? ProofPurpose,
    DateTimeOffset? Created,
    DateTimeOffset? Expires,
    string? ProofValue,
    JsonObject Options)
{
    public const string DataIntegrityType = "DataIntegrityProof";
    public const string AssertionMethod = "assertionMethod";

    /// <summary>The suite's name for a report: the cryptosuite of a DataIntegrityProof, else the proof type
    /// (Ed25519Signature2020 and other pre-Data-Integrity suites name themselves by type).</summary>
    public string Suite => Type == DataIntegrityType && Cryptosuite is not null ? Cryptosuite : Type;

    /// <summary>The controller the verification method belongs to: the part before '#'.</summary>
    public string Controller => VerificationMethod.Split('#')[0];

    /// <summary>The proof a credential carries (<c>proof</c> as an object or an array): the first whose suite this hub
    /// verifies, else the first; null with the reason when there is none or it is malformed.</summary>
    public static DataIntegrityProof? TryRead(JsonObject credential, out string problem, out int count)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var nodes = credential["proof"] switch
        {
            JsonObject one => [one],
            JsonArray many => many.ToList(),
            _ => [],
        };
        count = nodes.Count;
        if (nodes.Count == 0 || nodes.Count > 8)
        {
            problem = nodes.Count == 0 ? "The credential has no proof object." : "The credential carries more than 8 proofs.";
            return null;
        }

        var proofs = new List<DataIntegrityProof>();
        foreach (var node in nodes)
        {
            if (node is not JsonObject o)
            {
                problem = "A proof is not a JSON object.";
                return null;
            }

            var proof = Read(o, out problem);
            if (proof is null)
            {
                return null;
            }

            proofs.Add(proof);
        }

        problem = "";
        return proofs.FirstOrDefault(p => Cryptosuites.IsVerified(p.Suite)) ?? proofs[0];
    }

    private static DataIntegrityProof? Read(JsonObject proof, out string problem)
    {
        var type = VcJwtPayload.FirstString(proof["type"]);
        var method = VcJwtPayload.IdOf(proof["verificationMethod"]);
        if (type is null || method is null)
        {
            problem = type is null ? "The proof states no type." : "The proof states no verificationMethod.";
            return null;
        }

        if (!Uri.TryCreate(method, UriKind.Absolute, out _))
        {
            problem = $"The proof's verificationMethod \"{OutsideChecks.Cut(method)}\" is not an absolute URL or DID.";
            return null;
        }

        DateTimeOffset? created = null, expires = null;
        if (proof.ContainsKey("created") && (created = VcJwtPayload.ParseDate(VcJwtPayload.Text(proof["created"]))) is null
            || proof.ContainsKey("expires") && (expires = VcJwtPayload.ParseDate(VcJwtPayload.Text(proof["expires"]))) is null)
        {
            problem = "A date of the proof (created, expires) is not an XML Schema dateTime.";
            return null;
        }

        var options = (JsonObject)proof.DeepClone();
        options.Remove("proofValue");
        problem = "";
        return new DataIntegrityProof(type, VcJwtPayload.Text(proof["cryptosuite"]), method, VcJwtPayload.Text(proof["proofPurpose"]),
            created, expires, VcJwtPayload.Text(proof["proofValue"]), options);
    }
}
