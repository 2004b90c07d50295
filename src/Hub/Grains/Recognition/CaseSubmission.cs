using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// An accepted recognition request in domain terms. <see cref="RequestBytes"/> keeps the request exactly as
/// submitted (envelopes included) so the case can show it back; <see cref="Fingerprint"/> (SHA-256 of those
/// bytes) tells a retry of the same request from a different request under the same idempotency key.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseSubmission")]
public sealed record CaseSubmission(
    [property: Id(0)] string RequesterInstitutionId,
    [property: Id(1)] string IdempotencyKey,
    [property: Id(2)] string Fingerprint,
    [property: Id(3)] byte[] RequestBytes,
    [property: Id(4)] RecognitionPurpose Purpose,
    [property: Id(5)] CaseTarget Target,
    [property: Id(6)] IReadOnlyList<CredentialSource> Credentials);

/// <summary>
/// The target as the requester stated it, in host terms: level in a framework, workload in a unit, profile,
/// quality expectation and outcomes. Turned into the Adapters' target by <see cref="TargetTranslation"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseTarget")]
public sealed record CaseTarget(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] TargetKind Kind,
    [property: Id(3)] Exchange.Adapters.Frameworks.QualificationFramework LevelFramework,
    [property: Id(4)] int? Level,
    [property: Id(5)] decimal? WorkloadAmount,
    [property: Id(6)] Exchange.Adapters.Credits.CreditUnit WorkloadUnit,
    [property: Id(7)] string? FieldCode,
    [property: Id(8)] Exchange.Adapters.Credentials.Orientation Orientation,
    [property: Id(9)] bool RequiresExternalQualityAssurance,
    [property: Id(10)] IReadOnlyList<LocalText> Outcomes,
    [property: Id(11)] string? HostGradeScaleId)
{
    /// <summary>The title in every language the request gave (<see cref="Title"/> is the first); empty for cases
    /// accepted before it was kept. The decision credential states the target in all of them.</summary>
    [Id(12)] public IReadOnlyList<LocalText> Titles { get; init; } = [];

    /// <summary>The EQF level of the programme itself (TargetRequirements.programme_eqf_level), for access to further
    /// study; null when not stated (the rules then take one above the required level).</summary>
    [Id(40)] public int? ProgrammeEqfLevel { get; init; }
    /// <summary>The host's grade distribution table for the target's reference group (TargetRequirements.grade_distribution),
    /// compared with the issuer's table to convert grades by distribution; null when the request gave none.</summary>
    [Id(45)] public CaseGradeTable? HostGradeDistribution { get; init; }

    /// <summary>Upper end of the required workload when the requester gave a range (amount_upper); null otherwise.</summary>
    [Id(50)] public decimal? WorkloadUpper { get; init; }

    /// <summary>The id of each of <see cref="Outcomes"/>, same order: the requester's outcome_id, or "LO1", "LO2"… by
    /// position among the requirements' outcomes. Empty for cases accepted before ids were kept; <see cref="OutcomeId"/>
    /// then falls back to the position.</summary>
    [Id(51)] public IReadOnlyList<string> OutcomeIds { get; init; } = [];

    /// <summary>The id of the outcome at <paramref name="index"/>.</summary>
    public string OutcomeId(int index) =>
        index < OutcomeIds.Count ? OutcomeIds[index] : "LO" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The request named a qualification the credentials stack towards (TARGET_KIND_QUALIFICATION): the
    /// case measures the progress of all its credentials towards the target's id.</summary>
    [Id(55)] public bool IsQualification { get; init; }

    /// <summary>The agency behind each credential must be registered in EQAR (checked against the QA register).</summary>
    [Id(60)] public bool RequireEqarAgency { get; init; }

    /// <summary>Each credential's programme must be listed on the QA register, valid on the assessment date.</summary>
    [Id(61)] public bool RequireListedProgramme { get; init; }

    /// <summary>Agencies the target accepts in any case (register or DEQAR ids).</summary>
    [Id(62)] public IReadOnlyList<string> AcceptedAgencyIds { get; init; } = [];
}

/// <summary>A supplement to an incomplete (or invalid) file: the credential list that replaces the old one.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseSupplement")]
public sealed record CaseSupplement(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] string Fingerprint,
    [property: Id(2)] IReadOnlyList<CredentialSource> Credentials,
    [property: Id(3)] string Notes);

/// <summary>An appeal as lodged by the requester; an empty <see cref="DecisionId"/> appeals a missed deadline.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseAppealRequest")]
public sealed record CaseAppealRequest(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] string Fingerprint,
    [property: Id(2)] string DecisionId,
    [property: Id(3)] IReadOnlyList<LocalText> Grounds);
