using Exchange.Contracts.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Credentials;

/// <summary>Between the contract's <see cref="Envelope"/> and <see cref="SignedEnvelope"/>: bytes are copied, never re-encoded.</summary>
public static class EnvelopeContract
{
    public static SignedEnvelope FromContract(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return new SignedEnvelope(
            envelope.HeaderBytes.ToByteArray(),
            envelope.Payload.ToByteArray(),
            [.. envelope.Signatures.Select(s => new EnvelopeSignatureData(
                RoleOf(s),
                s.SignerId, s.KeyId, s.Signature.ToByteArray(), s.SignedAt?.ToDateTimeOffset() ?? DateTimeOffset.UnixEpoch))]);
    }

    /// <summary>An unstated role or an algorithm other than ES256 is kept as <see cref="SignerRole.Unknown"/>, so the
    /// signature is refused as unexpected instead of being read as an institution signature.</summary>
    private static SignerRole RoleOf(EnvelopeSignature signature) => signature.Algorithm != SignatureAlgorithm.Es256 ? SignerRole.Unknown : signature.Role switch
    {
        SignatureRole.Institution => SignerRole.Institution,
        SignatureRole.HubAttestation => SignerRole.HubAttestation,
        _ => SignerRole.Unknown,
    };

    public static Envelope ToContract(SignedEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var result = new Envelope { HeaderBytes = ByteString.CopyFrom(envelope.HeaderBytes), Payload = ByteString.CopyFrom(envelope.Payload) };
        result.Signatures.AddRange(envelope.Signatures.Select(s => new EnvelopeSignature
        {
            Role = s.Role switch
            {
                SignerRole.Institution => SignatureRole.Institution,
                SignerRole.HubAttestation => SignatureRole.HubAttestation,
                _ => SignatureRole.Unspecified,
            },
            SignerId = s.SignerId,
            KeyId = s.KeyId,
            Algorithm = SignatureAlgorithm.Es256,
            Signature = ByteString.CopyFrom(s.Signature),
            SignedAt = Timestamp.FromDateTimeOffset(s.SignedAt),
        }));
        return result;
    }

    /// <summary>The header, or null when the bytes are not an envelope header.</summary>
    public static EnvelopeHeader? TryReadHeader(byte[] headerBytes)
    {
        try
        {
            return headerBytes.Length == 0 ? null : EnvelopeHeader.Parser.ParseFrom(headerBytes);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }

    /// <summary>The credential in the payload, or null when the bytes are not one.</summary>
    public static Credential? TryReadPayload(byte[] payload)
    {
        try
        {
            return Credential.Parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }
}
