using System.Globalization;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Mapping.Enums;
using Google.Protobuf.WellKnownTypes;
using V1 = Exchange.Contracts.V1;
using Adapters = Exchange.Adapters;

namespace Exchange.Hub.Mapping;

/// <summary>A case, its decisions, journal and appeals as the contracts show them.</summary>
internal static class RecognitionCaseMapper
{
    public static V1.RecognitionCase ToProto(RecognitionCaseState state, string hubId, DateTimeOffset now)
    {
        var result = new V1.RecognitionCase
        {
            CaseId = state.CaseId,
            HubId = hubId,
            // Cases stored before share codes were redacted at submission still hold them: never shown back.
            Request = ShareCodeRedaction.Redacted(V1.RecognitionRequest.Parser.ParseFrom(state.Submission!.RequestBytes)),
            Status = RecognitionEnums.ToProto(state.Status),
            AssignedOfficerId = state.AssignedOfficerId ?? "",
            ReceivedAt = Timestamp.FromDateTimeOffset(state.ReceivedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(state.UpdatedAt),
            Overdue = state.IsOverdueAt(now),
            Version = state.Version,
        };
        if (state.Decision is { } decision)
        {
            result.Decision = Decision(decision, state, hubId);
        }

        if (state.FileCompleteAt is { } complete)
        {
            result.FileCompleteAt = Timestamp.FromDateTimeOffset(complete);
        }

        if (state.Deadline is { } deadline)
        {
            result.Deadline = Timestamp.FromDateTimeOffset(deadline);
        }

        result.PreviousDecisions.AddRange(state.PreviousDecisions.Select(d => Decision(d, state, hubId)));
        result.ValidationFindings.AddRange(state.Findings.Select(Finding));
        result.VerificationReports.AddRange(state.Verifications.Select(v => IssuingContract.ToContract(v, hubId)));
        result.FlaggedCriteria.AddRange(state.Assessment?.Flagged.Select(RecognitionEnums.ToProto) ?? []);
        result.Journal.AddRange(state.Journal.Select(Journal));
        result.Appeals.AddRange(state.Appeals.Select(a => Appeal(a, state)));
        result.WaitingForHubIds.AddRange(state.WaitingForHubIds);
        return result;
    }

    /// <summary>A system message with its key and arguments; its text in the reader's language is added on the way out (Messaging/ReaderLanguage).</summary>
    public static V1.LocalizableMessage Message(CaseMessage message) =>
        new() { MessageKey = message.Key, EnglishText = message.English, Arguments = { message.Arguments.ToDictionary() } };

    public static V1.JournalEntry Journal(CaseJournalEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = Timestamp.FromDateTimeOffset(entry.At),
        Actor = Actor(entry.Actor, null),
        FromStatus = entry.From is { } from ? RecognitionEnums.ToProto(from) : V1.CaseStatus.Unspecified,
        ToStatus = RecognitionEnums.ToProto(entry.To),
        Event = entry.Event,
        Reason = entry.ReasonMessage is { } message ? Message(message) : new V1.LocalizableMessage { MessageKey = "case." + entry.Event, EnglishText = entry.Reason },
    };

    public static V1.Actor Actor(CaseActor actor, string? hubId) => new()
    {
        Kind = actor.Kind switch
        {
            CaseActorKind.Institution => V1.ActorKind.Institution,
            CaseActorKind.Officer => V1.ActorKind.Officer,
            CaseActorKind.CommissionMember => V1.ActorKind.CommissionMember,
            CaseActorKind.Admin => V1.ActorKind.NationalCentreAdmin,
            _ => V1.ActorKind.System,
        },
        ActorId = actor.Id,
        InstitutionId = actor.InstitutionId ?? "",
        HubId = hubId ?? "",
    };

    public static V1.RecognitionDecision Decision(CaseDecision decision, RecognitionCaseState state, string hubId) =>
        Decision(decision, state.CaseId, state.Submission!.Purpose, hubId);

    /// <summary>The decision without its reasoning or comparison details: its identity, outcome and date for the
    /// issuing hub's statistics, and what the learner's record shows (recognised level in the host framework and in
    /// EQF, what was and was not recognised, the conditions, how to appeal and until when).</summary>
    public static V1.RecognitionDecision DecisionOutline(CaseDecision decision, string caseId, Adapters.Recognition.RecognitionPurpose purpose, string hubId)
    {
        var result = new V1.RecognitionDecision
        {
            DecisionId = decision.DecisionId,
            CaseId = caseId,
            DecidingHubId = hubId,
            Purpose = RecognitionRequestMapper.Purpose(purpose),
            Outcome = RecognitionEnums.ToProto(decision.Outcome),
            DecidedAt = Timestamp.FromDateTimeOffset(decision.DecidedAt),
            SupersedesDecisionId = decision.SupersedesDecisionId ?? "",
            // The learner's copy of the decision travels with its outline: the issuing hub keeps it on the record.
            DecisionCredential = decision.DecisionCredential ?? "",
            RecognisedScope = Texts.To(decision.RecognisedScope),
            NotRecognisedScope = Texts.To(decision.NotRecognisedScope),
            Appeal = new V1.AppealInfo
            {
                Appealable = decision.Appealable,
                Instructions = Texts.To(decision.AppealInstructions),
            },
        };
        if (decision.AppealDeadline is { } until)
        {
            result.Appeal.AppealDeadline = Timestamp.FromDateTimeOffset(until);
        }

        if (decision.RecognisedLevel is { } level)
        {
            result.RecognisedLevel = Level(level.Framework, level.Level);
            result.RecognisedEquivalentLevels.Add(Level(Adapters.Frameworks.QualificationFramework.Eqf, level.EqfLevel));
        }

        result.CompensatoryMeasures.AddRange(decision.Measures.Select(Measure));
        result.RecognisedOutcomeIds.AddRange(decision.RecognisedOutcomeIds);
        if (decision.RecognisedWorkload is { } workload)
        {
            result.RecognisedWorkload = Workload(workload.Min, workload.Max, workload.Unit);
        }

        return result;
    }

    public static V1.RecognitionDecision Decision(CaseDecision decision, string caseId, Adapters.Recognition.RecognitionPurpose purpose, string hubId)
    {
        var result = DecisionOutline(decision, caseId, purpose, hubId);
        result.Justification = Texts.To(decision.Justification);
        result.Remedies = Texts.To(decision.Remedies);
        result.AlternativeRecognition = Texts.To(decision.AlternativeRecognition);
        result.Summary = decision.SummaryMessage is { } summary ? Message(summary)
            : new V1.LocalizableMessage { MessageKey = "decision." + decision.Outcome.ToString().ToLowerInvariant(), EnglishText = decision.Summary };
        result.DecidedBy = new V1.Decider
        {
            Kind = RecognitionEnums.ToProto(decision.DecidedBy),
            Actor = new V1.Actor
            {
                Kind = decision.DecidedBy == DeciderKind.Automatic ? V1.ActorKind.System : V1.ActorKind.Officer,
                ActorId = decision.DeciderId,
                HubId = hubId,
            },
            PolicyId = decision.PolicyId,
            PolicyVersion = decision.PolicyVersion,
            RulesVersion = HubRecognitionPolicy.RulesVersion,
            CommissionProtocolId = decision.CommissionProtocolId ?? "",
        };
        result.CredentialIds.AddRange(decision.CredentialIds);
        result.Differences.AddRange(decision.Differences.Select(Difference));
        foreach (var outcomes in result.Differences.Where(d => d.Criterion == V1.RecognitionCriterion.LearningOutcomes))
        {
            outcomes.MissingOutcomeIds.AddRange(decision.MissingOutcomeIds);
        }

        result.Credits.AddRange(decision.Credits.Select(Credit));
        result.Grades.AddRange(decision.Grades.Select(Grade));
        result.StackProgress.AddRange(decision.StackProgress.Select(StackProgress));
        if (decision.AutomaticBasis is { } basis)
        {
            result.AutomaticRecognition = new V1.AutomaticRecognitionBasis
            {
                ListId = basis.ListId,
                ListName = Texts.To(basis.ListName),
                ListVersion = basis.ListVersion,
                ProviderId = basis.ProviderId,
                LegalBasis = basis.LegalBasis,
            };
        }

        return result;
    }

    /// <summary>Progress towards a qualification; earned, required and missing in its own credits, a range kept as a
    /// range; outcomes an officer still has to read count as missing until they are shown to be covered.</summary>
    public static V1.StackProgress StackProgress(Grains.Recognition.Stacking.CaseStackProgress p)
    {
        var result = new V1.StackProgress
        {
            QualificationId = p.QualificationId,
            QualificationTitle = Texts.To(p.QualificationTitle),
            Complete = p.Complete,
            Summary = new V1.LocalizableMessage { MessageKey = p.Summary.Key, EnglishText = p.Summary.English, Arguments = { p.Summary.Arguments.ToDictionary() } },
        };
        result.CredentialIds.AddRange(p.CredentialIds);
        if (p.EarnedMin is { } earned)
        {
            result.Earned = Workload(earned, p.EarnedMax, p.Unit);
        }

        if (p.Required is { } required)
        {
            result.Required = Workload(required, null, p.Unit);
        }

        if (p.MissingMin is { } missing && (p.MissingMax ?? missing) > 0)
        {
            result.Missing = Workload(missing, p.MissingMax, p.Unit);
        }

        result.CoveredOutcomeIds.AddRange(p.CoveredOutcomeIds);
        result.MissingOutcomeIds.AddRange(p.MissingOutcomeIds.Concat(p.UncertainOutcomeIds));
        return result;
    }

    public static V1.CriterionDifference Difference(CaseDifference d)
    {
        var result = new V1.CriterionDifference
        {
            Criterion = RecognitionEnums.ToProto(d.Criterion),
            DifferenceFound = d.DifferenceFound,
            PotentiallySubstantial = d.PotentiallySubstantial,
            ConfirmedSubstantial = d.ConfirmedSubstantial,
            Explanation = new V1.LocalizableMessage { MessageKey = d.MessageKey, EnglishText = d.Explanation, Arguments = { d.Arguments.ToDictionary() } },
            RuleId = d.MessageKey,
            ForeignValue = d.Arguments.TryGetValue("actual", out var actual) ? actual : "",
            HostValue = d.Arguments.TryGetValue("required", out var required) ? required : "",
        };
        if (d.MeasuredDifference is { } size)
        {
            result.Size = new V1.DifferenceMeasure { Amount = size.ToString(CultureInfo.InvariantCulture), Unit = d.Unit ?? "" };
        }

        result.Evidence.AddRange(d.Evidence);
        return result;
    }

    private static V1.CreditRecognition Credit(CaseCredit c) => new()
    {
        CredentialId = c.CredentialId,
        Original = Workload(c.OriginalAmount, c.OriginalAmountUpper, c.OriginalUnit),
        Converted = Workload(c.ConvertedMin, c.ConvertedMax, c.ConvertedUnit),
        ConversionRule = c.Rule,
    };

    // The host value, its ECTS letter, national grade and meaning come from the same host band (CaseGradeReading).
    public static V1.GradeConversion Grade(CaseGrade g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var reading = g.Reading;
        var result = new V1.GradeConversion
        {
            CredentialId = g.CredentialId,
            Original = new V1.Grade { Value = g.OriginalValue, ScaleId = g.OriginalScale },
            Converted = new V1.Grade { Value = g.HostLowest, ScaleId = g.HostScale },
            ConvertedValueUpper = g.HostHighest == g.HostLowest ? "" : g.HostHighest,
            Method = GradeMethod(g.Method),
            Explanation = reading?.Explanation is { } explanation ? Message(explanation) : new V1.LocalizableMessage { MessageKey = "grade.conversion", EnglishText = g.Explanation },
            ConvertedEctsGrade = reading?.HostLow?.EctsLetter ?? "",
            ConvertedNationalGrade = reading?.HostLow?.National ?? "",
            ConvertedEctsGradeUpper = g.HostHighest == g.HostLowest ? "" : reading?.HostHigh?.EctsLetter ?? "",
            ConvertedNationalGradeUpper = g.HostHighest == g.HostLowest ? "" : reading?.HostHigh?.National ?? "",
            ConvertedMeaning = reading?.HostLow?.Meaning is { } meaning ? Adapters.Grades.GradeMeanings.Code(meaning) : "",
            OriginalEctsGrade = reading?.Original?.EctsLetter ?? "",
            OriginalNationalGrade = reading?.Original?.National ?? "",
        };
        result.Notes.AddRange((reading?.Notes ?? []).Select(Message));
        return result;
    }

    public static V1.GradeConversionMethod GradeMethod(Adapters.Grades.GradeConversionMethod method) => method switch
    {
        Adapters.Grades.GradeConversionMethod.DistributionOverlap => V1.GradeConversionMethod.DistributionTable,
        Adapters.Grades.GradeConversionMethod.IssuerMapping => V1.GradeConversionMethod.IssuerMapping,
        Adapters.Grades.GradeConversionMethod.LinearPassAndMaximum => V1.GradeConversionMethod.Linear,
        _ => V1.GradeConversionMethod.Unspecified,
    };

    private static V1.LocalizableMessage Message(CaseGradeMessage m) => new() { MessageKey = m.Key, EnglishText = m.English, Arguments = { m.Arguments.ToDictionary() } };

    public static V1.CompensatoryMeasure Measure(CaseMeasure m)
    {
        var result = new V1.CompensatoryMeasure
        {
            MeasureId = m.MeasureId,
            Kind = RecognitionEnums.ToProto(m.Kind),
            Description = Texts.To(m.Description),
        };
        result.ClosesCriteria.AddRange(m.Closes.Select(RecognitionEnums.ToProto));
        if (m.Ects is { } ects)
        {
            result.Workload = Workload(ects, null, Adapters.Credits.CreditUnit.Ects);
        }

        if (m.CompleteBy is { } by)
        {
            result.CompleteBy = Timestamp.FromDateTimeOffset(by);
        }

        return result;
    }

    private static V1.Workload Workload(decimal amount, decimal? upper, Adapters.Credits.CreditUnit unit) => new()
    {
        Amount = amount.ToString(CultureInfo.InvariantCulture),
        AmountUpper = upper is { } u && u != amount ? u.ToString(CultureInfo.InvariantCulture) : "",
        Unit = unit switch
        {
            Adapters.Credits.CreditUnit.Ects or Adapters.Credits.CreditUnit.UkrainianEcts => V1.WorkloadUnit.EctsCredit,
            Adapters.Credits.CreditUnit.KazakhAcademicCredit or Adapters.Credits.CreditUnit.KazakhLegacyCredit => V1.WorkloadUnit.KzAcademicCredit,
            Adapters.Credits.CreditUnit.LatvianCreditPoint => V1.WorkloadUnit.LvCreditPoint,
            Adapters.Credits.CreditUnit.ClockHours => V1.WorkloadUnit.ClockHours,
            Adapters.Credits.CreditUnit.KazakhAcademicHours => V1.WorkloadUnit.AcademicHours,
            _ => V1.WorkloadUnit.Other,
        },
        UnitVersion = unit == Adapters.Credits.CreditUnit.KazakhLegacyCredit ? "legacy" : "",
    };

    public static V1.Level Level(Adapters.Frameworks.QualificationFramework framework, int level) => new()
    {
        Framework = framework switch
        {
            Adapters.Frameworks.QualificationFramework.Eqf => V1.QualificationFramework.Eqf,
            Adapters.Frameworks.QualificationFramework.QfEhea => V1.QualificationFramework.QfEhea,
            Adapters.Frameworks.QualificationFramework.UkraineNqf => V1.QualificationFramework.UaNqf,
            Adapters.Frameworks.QualificationFramework.KazakhstanNqf => V1.QualificationFramework.KzNqf,
            Adapters.Frameworks.QualificationFramework.LatviaLqf => V1.QualificationFramework.LvLqf,
            Adapters.Frameworks.QualificationFramework.LatviaProfessionalLevel => V1.QualificationFramework.LvPql,
            _ => V1.QualificationFramework.Other,
        },
        LevelCode = level.ToString(CultureInfo.InvariantCulture),
    };

    private static V1.ValidationFinding Finding(CaseFinding f) => new()
    {
        CredentialIndex = f.CredentialIndex,
        CredentialId = f.CredentialId,
        Element = f.Element,
        Problem = f.Missing ? V1.ValidationProblem.Missing : V1.ValidationProblem.Invalid,
        RuleSet = f.RuleSet,
        Severity = V1.FindingSeverity.Error,
        Message = f.Text is { } text ? Message(text) : new V1.LocalizableMessage { MessageKey = "validation." + (f.Missing ? "missing" : "invalid"), EnglishText = f.Message },
    };

    private static V1.Appeal Appeal(CaseAppeal a, RecognitionCaseState state) => new()
    {
        AppealId = a.AppealId,
        CaseId = state.CaseId,
        AppealedDecisionId = a.AppealedDecisionId ?? "",
        Grounds = Texts.To(a.Grounds),
        LodgedBy = Actor(a.LodgedBy, null),
        LodgedAt = Timestamp.FromDateTimeOffset(a.LodgedAt),
        Status = RecognitionEnums.ToProto(a.Status),
        PreviousOfficerId = string.Join(",", a.ExcludedOfficerIds),
        AssignedOfficerId = a.AssignedOfficerId ?? "",
        ResolvingDecisionId = a.ResolvingDecisionId ?? "",
    };
}
