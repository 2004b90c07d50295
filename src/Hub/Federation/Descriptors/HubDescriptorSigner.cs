using Exchange.Contracts.V1;
using Exchange.Hub.Signing;
using Google.Protobuf;

namespace Exchange.Hub.Federation.Descriptors;

/// <summary>Serialises a hub descriptor once and signs those bytes with every given key: during a rotation the
/// old key signs the descriptor that announces the new one, so peers that pinned the old key accept it.</summary>
public static class HubDescriptorSigner
{
    public static SignedHubDescriptor Sign(HubDescriptor descriptor, params IReadOnlyList<(string KeyId, System.Security.Cryptography.ECDsa Key)> signers)
    {
        ArgumentOutOfRangeException.ThrowIfZero(signers.Count);
        var bytes = descriptor.ToByteArray();
        var digest = SignedDigest.Compute(SigningContext.HubDescriptor, bytes);
        var result = new SignedHubDescriptor { DescriptorBytes = ByteString.CopyFrom(bytes) };
        foreach (var (keyId, key) in signers)
        {
            result.Signatures.Add(new DescriptorSignature
            {
                KeyId = keyId,
                Algorithm = SignatureAlgorithm.Es256,
                Signature = ByteString.CopyFrom(Es256.Sign(key, digest)),
            });
        }

        return result;
    }
}
