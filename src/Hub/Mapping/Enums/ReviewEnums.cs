using Exchange.Hub.Grains.Review;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping.Enums;

/// <summary>review.proto enums ↔ the commission's domain enums, value by value (no numeric casts).</summary>
internal static class ReviewEnums
{
    public static V1.CommissionRole ToProto(CommissionRole role) => role switch
    {
        CommissionRole.Chair => V1.CommissionRole.Chair,
        CommissionRole.Secretary => V1.CommissionRole.Secretary,
        CommissionRole.Member => V1.CommissionRole.Member,
        _ => throw UnknownEnumValue.FromDomain(role),
    };

    public static CommissionRole ToDomain(V1.CommissionRole role) => role switch
    {
        V1.CommissionRole.Chair => CommissionRole.Chair,
        V1.CommissionRole.Secretary => CommissionRole.Secretary,
        V1.CommissionRole.Member => CommissionRole.Member,
        _ => throw UnknownEnumValue.FromWire(role),
    };

    public static V1.VoteChoice ToProto(VoteChoice choice) => choice switch
    {
        VoteChoice.Full => V1.VoteChoice.Full,
        VoteChoice.Partial => V1.VoteChoice.Partial,
        VoteChoice.Denied => V1.VoteChoice.Denied,
        VoteChoice.Abstain => V1.VoteChoice.Abstain,
        _ => throw UnknownEnumValue.FromDomain(choice),
    };

    public static VoteChoice ToDomain(V1.VoteChoice choice) => choice switch
    {
        V1.VoteChoice.Full => VoteChoice.Full,
        V1.VoteChoice.Partial => VoteChoice.Partial,
        V1.VoteChoice.Denied => VoteChoice.Denied,
        V1.VoteChoice.Abstain => VoteChoice.Abstain,
        _ => throw UnknownEnumValue.FromWire(choice),
    };

    public static V1.CommissionStatus ToProto(CommissionStatus status) => status switch
    {
        CommissionStatus.Voting => V1.CommissionStatus.Voting,
        CommissionStatus.Decided => V1.CommissionStatus.Decided,
        CommissionStatus.NoMajority => V1.CommissionStatus.NoMajority,
        _ => throw UnknownEnumValue.FromDomain(status),
    };

    public static CommissionStatus ToDomain(V1.CommissionStatus status) => status switch
    {
        V1.CommissionStatus.Voting => CommissionStatus.Voting,
        V1.CommissionStatus.Decided => CommissionStatus.Decided,
        V1.CommissionStatus.NoMajority => CommissionStatus.NoMajority,
        _ => throw UnknownEnumValue.FromWire(status),
    };
}
