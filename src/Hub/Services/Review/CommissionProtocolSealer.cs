using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Services.Mapping;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Services.Review;

/// <summary>
/// Seals a commission protocol: serialises it once as exchange.v1.CommissionProtocol and signs exactly those bytes
/// with the hub's attestation key in the commission-protocol domain (trust.proto). The case keeps the bytes, so the
/// protocol is never re-serialised before anyone checks it.
/// </summary>
internal sealed class CommissionProtocolSealer(HubKeyRing keys, IOptions<HubOptions> hub) : ICommissionProtocolSealer
{
    public SealedProtocol Seal(CommissionProtocolRecord protocol)
    {
        var hubId = hub.Value.HubId;
        var message = new CommissionProtocol
        {
            ProtocolId = protocol.ProtocolId,
            ProtocolNumber = protocol.ProtocolNumber,
            HubId = hubId,
            CaseId = protocol.CaseId,
            CommissionId = protocol.Commission.CommissionId,
            Tally = Tally(protocol.Commission),
            Decision = RecognitionCaseMapper.Decision(protocol.Decision, protocol.CaseId, protocol.Purpose, hubId),
            HeldAt = Timestamp.FromDateTimeOffset(protocol.Commission.MeetingAt),
            Location = protocol.Commission.Location,
            ProducedAt = Timestamp.FromDateTimeOffset(protocol.ProducedAt),
        };
        message.Members.AddRange(protocol.Commission.Members.Select(ReviewMapper.Member));
        message.Votes.AddRange(protocol.Commission.Votes.Select(ReviewMapper.Vote));
        var bytes = message.ToByteArray();
        var signature = Es256.Sign(keys.AttestationKey, SignedDigest.Compute(SigningContext.CommissionProtocol, bytes));
        return new SealedProtocol(bytes, keys.AttestationKeyId, signature);
    }

    private static VoteTally Tally(CaseCommission commission) => new()
    {
        Full = commission.Votes.Count(v => v.Choice == Grains.Review.VoteChoice.Full),
        Partial = commission.Votes.Count(v => v.Choice == Grains.Review.VoteChoice.Partial),
        Denied = commission.Votes.Count(v => v.Choice == Grains.Review.VoteChoice.Denied),
        Abstained = commission.Votes.Count(v => v.Choice == Grains.Review.VoteChoice.Abstain),
        Absent = commission.Members.Count(m => m.Voting && commission.Votes.All(v => v.OfficerId != m.OfficerId)),
    };
}
