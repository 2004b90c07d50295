using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Grains.Review;

/// <summary>Role of a commission member (review.proto CommissionRole numbers).</summary>
public enum CommissionRole
{
    Chair = 1,
    Secretary = 2,
    Member = 3,
}

/// <summary>A vote choice (review.proto VoteChoice numbers).</summary>
public enum VoteChoice
{
    Full = 1,
    Partial = 2,
    Denied = 3,
    Abstain = 4,
}

/// <summary>State of a commission (review.proto CommissionStatus numbers).</summary>
public enum CommissionStatus
{
    Voting = 1,
    Decided = 2,
    NoMajority = 3,
}

[GenerateSerializer, Immutable, Alias("exchange.CommissionMember")]
public sealed record CommissionMember(
    [property: Id(0)] string OfficerId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] CommissionRole Role,
    [property: Id(3)] bool Voting);

[GenerateSerializer, Immutable, Alias("exchange.CommissionVote")]
public sealed record CommissionVote(
    [property: Id(0)] string OfficerId,
    [property: Id(1)] VoteChoice Choice,
    [property: Id(2)] IReadOnlyList<LocalText> Reasons,
    [property: Id(3)] DateTimeOffset CastAt);

/// <summary>What StartCommission asks for: members, meeting and the proposal put to the vote.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CommissionStart")]
public sealed record CommissionStart(
    [property: Id(0)] IReadOnlyList<CommissionMember> Members,
    [property: Id(1)] DateTimeOffset? MeetingAt,
    [property: Id(2)] string Location,
    [property: Id(3)] OfficerDecisionInput Proposal);

/// <summary>A commission deciding one case by majority.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseCommission")]
public sealed record CaseCommission(
    [property: Id(0)] string CommissionId,
    [property: Id(1)] IReadOnlyList<CommissionMember> Members,
    [property: Id(2)] IReadOnlyList<CommissionVote> Votes,
    [property: Id(3)] CommissionStatus Status,
    [property: Id(4)] DateTimeOffset MeetingAt,
    [property: Id(5)] string Location,
    [property: Id(6)] OfficerDecisionInput Proposal,
    [property: Id(7)] string? ProtocolId)
{
    public int VotingMembers => Members.Count(m => m.Voting);

    /// <summary>The choice more than half of the voting members agree on (latest vote per member), if any.</summary>
    public VoteChoice? Majority()
    {
        var winner = Votes.Where(v => v.Choice != VoteChoice.Abstain)
            .GroupBy(v => v.Choice)
            .Select(g => (Choice: g.Key, Count: g.Count()))
            .Where(g => g.Count * 2 > VotingMembers)
            .ToList();
        return winner.Count == 1 ? winner[0].Choice : null;
    }

    public bool EveryoneVoted => Members.Where(m => m.Voting).All(m => Votes.Any(v => v.OfficerId == m.OfficerId));
}

/// <summary>The protocol of a decided commission, as the hub produced it.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CommissionProtocolRecord")]
public sealed record CommissionProtocolRecord(
    [property: Id(0)] string ProtocolId,
    [property: Id(1)] string ProtocolNumber,
    [property: Id(2)] string CaseId,
    [property: Id(3)] CaseCommission Commission,
    [property: Id(4)] CaseDecision Decision,
    [property: Id(5)] DateTimeOffset ProducedAt,
    [property: Id(6)] Exchange.Adapters.Recognition.RecognitionPurpose Purpose);

/// <summary>The protocol bytes exactly as sealed, the hub key id and the ES256 signature.</summary>
[GenerateSerializer, Immutable, Alias("exchange.SealedProtocol")]
public sealed record SealedProtocol(
    [property: Id(0)] byte[] ProtocolBytes,
    [property: Id(1)] string HubKeyId,
    [property: Id(2)] byte[] Signature);

/// <summary>Seals a commission protocol with the hub key (domain SIGNING_DOMAIN_COMMISSION_PROTOCOL).</summary>
public interface ICommissionProtocolSealer
{
    SealedProtocol Seal(CommissionProtocolRecord protocol);
}
