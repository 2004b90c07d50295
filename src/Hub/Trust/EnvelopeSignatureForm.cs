using Exchange.Hub.Credentials;
using Exchange.Hub.Signing;

namespace Exchange.Hub.Trust;

/// <summary>A refusal of an envelope's signature list: the stable reason and the explanation.</summary>
public sealed record SignatureFormProblem(string Reason, string Detail);

/// <summary>
/// The one accepted form of an envelope's signatures: exactly the signatures the format defines, in their order
/// (the institution's, then for an attested envelope the hub's), each 64 bytes with a low S. An extra, unknown or
/// duplicate signature is refused rather than ignored, so no envelope has two byte forms that both verify.
/// </summary>
public static class EnvelopeSignatureForm
{
    public const string UnexpectedSignature = "UNEXPECTED_SIGNATURE";
    public const string SignatureMalleable = "SIGNATURE_MALLEABLE";

    private static readonly SignerRole[] Attested = [SignerRole.Institution, SignerRole.HubAttestation];
    private static readonly SignerRole[] InstitutionOnly = [SignerRole.Institution];

    /// <summary>The problem with an attested envelope's signatures (institution, hub attestation), or null.</summary>
    public static SignatureFormProblem? OfAttested(IReadOnlyList<EnvelopeSignatureData> signatures) => Check(signatures, Attested);

    /// <summary>The problem with an envelope an institution signed and submits for attestation, or null.</summary>
    public static SignatureFormProblem? OfInstitutionSigned(IReadOnlyList<EnvelopeSignatureData> signatures) => Check(signatures, InstitutionOnly);

    private static SignatureFormProblem? Check(IReadOnlyList<EnvelopeSignatureData> signatures, SignerRole[] expected)
    {
        if (signatures.Count != expected.Length)
        {
            return new(UnexpectedSignature, $"The envelope carries {signatures.Count} signatures; exactly {expected.Length} ({string.Join(", ", expected)}) are expected.");
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (signatures[i].Role != expected[i])
            {
                return new(UnexpectedSignature, $"Signature {i} is a {signatures[i].Role} signature where the {expected[i]} signature is expected.");
            }

            if (!Es256.HasCanonicalForm(signatures[i].Signature))
            {
                return new(SignatureMalleable, $"The {expected[i]} signature is not 64 bytes r‖s with a low S, the one accepted form.");
            }
        }

        return null;
    }
}
