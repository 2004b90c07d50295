using Exchange.Adapters.Recognition;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>One line of an institution's case list.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseListEntry")]
public sealed record CaseListEntry(
    [property: Id(0)] string CaseId,
    [property: Id(1)] long Version,
    [property: Id(2)] CaseStatus Status,
    [property: Id(3)] RecognitionPurpose Purpose,
    [property: Id(4)] DateTimeOffset ReceivedAt,
    [property: Id(5)] DateTimeOffset UpdatedAt)
{
    /// <summary>The credentials the case is about, by the hub that issued them: the index lists the case under each,
    /// so an issuing hub can ask for the cases on its learners' credentials.</summary>
    [Id(6)] public IReadOnlyList<CaseCredentialRef> Credentials { get; init; } = [];

    public static CaseListEntry From(RecognitionCaseState state) =>
        new(state.CaseId, state.Version, state.Status, state.Submission!.Purpose, state.ReceivedAt, state.UpdatedAt)
        {
            Credentials = CaseCredentialRef.Of(state),
        };
}

/// <summary>Filters of an institution's case list (recognition.proto ListRecognitionCasesRequest).</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseListQuery")]
public sealed record CaseListQuery(
    [property: Id(0)] IReadOnlyList<CaseStatus> Statuses,
    [property: Id(1)] RecognitionPurpose? Purpose,
    [property: Id(2)] DateTimeOffset? UpdatedSince,
    [property: Id(3)] int Offset,
    [property: Id(4)] int PageSize);

[GenerateSerializer, Immutable, Alias("exchange.CaseListPage")]
public sealed record CaseListPage(
    [property: Id(0)] IReadOnlyList<string> CaseIds,
    [property: Id(1)] int Total,
    [property: Id(2)] int? NextOffset);
