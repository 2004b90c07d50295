using System.Security.Cryptography;
using Exchange.Hub.Signing;

namespace Exchange.Hub.Trust;

/// <summary>
/// The two envelope signatures of envelope.proto, over the exact bytes that travel: the institution signs
/// header_bytes and payload; the hub attests header_bytes, payload and the institution's signature bytes.
/// </summary>
public static class EnvelopeSigner
{
    public static byte[] SignAsInstitution(ECDsa institutionKey, byte[] headerBytes, byte[] payload) =>
        Es256.Sign(institutionKey, InstitutionDigest(headerBytes, payload));

    public static byte[] Attest(ECDsa hubKey, byte[] headerBytes, byte[] payload, byte[] institutionSignature) =>
        Es256.Sign(hubKey, AttestationDigest(headerBytes, payload, institutionSignature));

    public static byte[] InstitutionDigest(byte[] headerBytes, byte[] payload) =>
        SignedDigest.Compute(SigningContext.EnvelopeInstitution, headerBytes, payload);

    public static byte[] AttestationDigest(byte[] headerBytes, byte[] payload, byte[] institutionSignature) =>
        SignedDigest.Compute(SigningContext.EnvelopeHubAttestation, headerBytes, payload, institutionSignature);
}
