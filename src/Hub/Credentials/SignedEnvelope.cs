namespace Exchange.Hub.Credentials;

/// <summary>A credential envelope as it travels: header and payload bytes exactly as signed, and the signatures
/// (institution first, then the hub attestation). Never re-serialised before verification.</summary>
[GenerateSerializer, Immutable, Alias("exchange.SignedEnvelope")]
public sealed record SignedEnvelope(
    [property: Id(0)] byte[] HeaderBytes,
    [property: Id(1)] byte[] Payload,
    [property: Id(2)] IReadOnlyList<EnvelopeSignatureData> Signatures);

/// <summary>One signature of an envelope: who signed (institution or hub), with which key, the raw r‖s bytes.</summary>
[GenerateSerializer, Immutable, Alias("exchange.EnvelopeSignatureData")]
public sealed record EnvelopeSignatureData(
    [property: Id(0)] SignerRole Role,
    [property: Id(1)] string SignerId,
    [property: Id(2)] string KeyId,
    [property: Id(3)] byte[] Signature,
    [property: Id(4)] DateTimeOffset SignedAt);

/// <summary>Who made an envelope signature.</summary>
public enum SignerRole
{
    /// <summary>A role or algorithm the envelope format does not define; such a signature is refused, never ignored.</summary>
    Unknown = 0,
    Institution = 1,
    HubAttestation = 2,
}
