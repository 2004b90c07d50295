using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping.Enums;

/// <summary>recognition.proto enums ↔ the case's domain enums, value by value (no numeric casts).</summary>
internal static class RecognitionEnums
{
    public static V1.CaseStatus ToProto(CaseStatus status) => status switch
    {
        CaseStatus.Received => V1.CaseStatus.Received,
        CaseStatus.IncompleteFile => V1.CaseStatus.IncompleteFile,
        CaseStatus.WaitingForPeer => V1.CaseStatus.WaitingForPeer,
        CaseStatus.CredentialInvalid => V1.CaseStatus.CredentialInvalid,
        CaseStatus.FileComplete => V1.CaseStatus.FileComplete,
        CaseStatus.Verified => V1.CaseStatus.Verified,
        CaseStatus.Assessed => V1.CaseStatus.Assessed,
        CaseStatus.InReview => V1.CaseStatus.InReview,
        CaseStatus.InCommission => V1.CaseStatus.InCommission,
        CaseStatus.Decided => V1.CaseStatus.Decided,
        CaseStatus.Appealed => V1.CaseStatus.Appealed,
        CaseStatus.Withdrawn => V1.CaseStatus.Withdrawn,
        _ => throw UnknownEnumValue.FromDomain(status),
    };

    public static CaseStatus ToDomain(V1.CaseStatus status) => status switch
    {
        V1.CaseStatus.Received => CaseStatus.Received,
        V1.CaseStatus.IncompleteFile => CaseStatus.IncompleteFile,
        V1.CaseStatus.WaitingForPeer => CaseStatus.WaitingForPeer,
        V1.CaseStatus.CredentialInvalid => CaseStatus.CredentialInvalid,
        V1.CaseStatus.FileComplete => CaseStatus.FileComplete,
        V1.CaseStatus.Verified => CaseStatus.Verified,
        V1.CaseStatus.Assessed => CaseStatus.Assessed,
        V1.CaseStatus.InReview => CaseStatus.InReview,
        V1.CaseStatus.InCommission => CaseStatus.InCommission,
        V1.CaseStatus.Decided => CaseStatus.Decided,
        V1.CaseStatus.Appealed => CaseStatus.Appealed,
        V1.CaseStatus.Withdrawn => CaseStatus.Withdrawn,
        _ => throw UnknownEnumValue.FromWire(status),
    };

    public static V1.RecognitionCriterion ToProto(Criterion criterion) => criterion switch
    {
        Criterion.Level => V1.RecognitionCriterion.Level,
        Criterion.Workload => V1.RecognitionCriterion.Workload,
        Criterion.Quality => V1.RecognitionCriterion.Quality,
        Criterion.Profile => V1.RecognitionCriterion.Profile,
        Criterion.LearningOutcomes => V1.RecognitionCriterion.LearningOutcomes,
        Criterion.Access => V1.RecognitionCriterion.Access,
        _ => throw UnknownEnumValue.FromDomain(criterion),
    };

    public static Criterion ToDomain(V1.RecognitionCriterion criterion) => criterion switch
    {
        V1.RecognitionCriterion.Level => Criterion.Level,
        V1.RecognitionCriterion.Workload => Criterion.Workload,
        V1.RecognitionCriterion.Quality => Criterion.Quality,
        V1.RecognitionCriterion.Profile => Criterion.Profile,
        V1.RecognitionCriterion.LearningOutcomes => Criterion.LearningOutcomes,
        V1.RecognitionCriterion.Access => Criterion.Access,
        _ => throw UnknownEnumValue.FromWire(criterion),
    };

    /// <summary>Referral for review is an assessment, never a decision: it has no <see cref="DecisionOutcome"/>.</summary>
    public static V1.RecognitionOutcome ToProto(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Full => V1.RecognitionOutcome.Full,
        DecisionOutcome.Partial => V1.RecognitionOutcome.Partial,
        DecisionOutcome.Denied => V1.RecognitionOutcome.Denied,
        _ => throw UnknownEnumValue.FromDomain(outcome),
    };

    public static DecisionOutcome ToDomain(V1.RecognitionOutcome outcome) => outcome switch
    {
        V1.RecognitionOutcome.Full => DecisionOutcome.Full,
        V1.RecognitionOutcome.Partial => DecisionOutcome.Partial,
        V1.RecognitionOutcome.Denied => DecisionOutcome.Denied,
        _ => throw UnknownEnumValue.FromWire(outcome),
    };

    public static V1.DeciderKind ToProto(DeciderKind kind) => kind switch
    {
        DeciderKind.Automatic => V1.DeciderKind.Automatic,
        DeciderKind.Officer => V1.DeciderKind.Officer,
        DeciderKind.Commission => V1.DeciderKind.Commission,
        _ => throw UnknownEnumValue.FromDomain(kind),
    };

    public static DeciderKind ToDomain(V1.DeciderKind kind) => kind switch
    {
        V1.DeciderKind.Automatic => DeciderKind.Automatic,
        V1.DeciderKind.Officer => DeciderKind.Officer,
        V1.DeciderKind.Commission => DeciderKind.Commission,
        _ => throw UnknownEnumValue.FromWire(kind),
    };

    public static V1.CompensatoryMeasureKind ToProto(CaseMeasureKind kind) => kind switch
    {
        CaseMeasureKind.Exam => V1.CompensatoryMeasureKind.Exam,
        CaseMeasureKind.Course => V1.CompensatoryMeasureKind.Course,
        CaseMeasureKind.AdditionalCredits => V1.CompensatoryMeasureKind.AdditionalCredits,
        CaseMeasureKind.Practice => V1.CompensatoryMeasureKind.Practice,
        CaseMeasureKind.Interview => V1.CompensatoryMeasureKind.Interview,
        CaseMeasureKind.Other => V1.CompensatoryMeasureKind.Other,
        _ => throw UnknownEnumValue.FromDomain(kind),
    };

    public static CaseMeasureKind ToDomain(V1.CompensatoryMeasureKind kind) => kind switch
    {
        V1.CompensatoryMeasureKind.Exam => CaseMeasureKind.Exam,
        V1.CompensatoryMeasureKind.Course => CaseMeasureKind.Course,
        V1.CompensatoryMeasureKind.AdditionalCredits => CaseMeasureKind.AdditionalCredits,
        V1.CompensatoryMeasureKind.Practice => CaseMeasureKind.Practice,
        V1.CompensatoryMeasureKind.Interview => CaseMeasureKind.Interview,
        V1.CompensatoryMeasureKind.Other => CaseMeasureKind.Other,
        _ => throw UnknownEnumValue.FromWire(kind),
    };

    /// <summary>A withdrawn appeal is a wire value only; the case never records one.</summary>
    public static V1.AppealStatus ToProto(AppealStatus status) => status switch
    {
        AppealStatus.Lodged => V1.AppealStatus.Lodged,
        AppealStatus.InReview => V1.AppealStatus.InReview,
        AppealStatus.Decided => V1.AppealStatus.Decided,
        _ => throw UnknownEnumValue.FromDomain(status),
    };

    public static AppealStatus ToDomain(V1.AppealStatus status) => status switch
    {
        V1.AppealStatus.Lodged => AppealStatus.Lodged,
        V1.AppealStatus.InReview => AppealStatus.InReview,
        V1.AppealStatus.Decided => AppealStatus.Decided,
        _ => throw UnknownEnumValue.FromWire(status),
    };

    public static V1.TargetKind ToProto(RecognisedTargetKind kind) => kind switch
    {
        RecognisedTargetKind.Programme => V1.TargetKind.Programme,
        RecognisedTargetKind.Course => V1.TargetKind.Course,
        RecognisedTargetKind.Activity => V1.TargetKind.Activity,
        RecognisedTargetKind.Qualification => V1.TargetKind.Qualification,
        _ => throw UnknownEnumValue.FromDomain(kind),
    };

    public static RecognisedTargetKind ToDomain(V1.TargetKind kind) => kind switch
    {
        V1.TargetKind.Programme => RecognisedTargetKind.Programme,
        V1.TargetKind.Course => RecognisedTargetKind.Course,
        V1.TargetKind.Activity => RecognisedTargetKind.Activity,
        V1.TargetKind.Qualification => RecognisedTargetKind.Qualification,
        _ => throw UnknownEnumValue.FromWire(kind),
    };
}
