using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Mapping;
using Exchange.Hub.Mapping.Enums;
using Exchange.Hub.Rpc;
using Google.Protobuf.WellKnownTypes;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Services.Mapping;

/// <summary>The officers' view: queue items, case detail, officer decisions and commissions.</summary>
internal static class ReviewMapper
{
    public static V1.ReviewQueueItem Item(ReviewQueueEntry e, DateTimeOffset now)
    {
        var item = new V1.ReviewQueueItem
        {
            CaseId = e.CaseId,
            Status = RecognitionEnums.ToProto(e.Status),
            Purpose = RecognitionRequestMapper.Purpose(e.Purpose),
            TargetTitle = Texts.English(e.TargetTitle),
            RequesterInstitutionId = e.RequesterInstitutionId,
            ReceivedAt = Timestamp.FromDateTimeOffset(e.ReceivedAt),
            Overdue = e.IsOverdueAt(now),
            AgeDays = e.AgeDays(now),
            AssignedOfficerId = e.AssignedOfficerId ?? "",
            IsAppeal = e.IsAppeal,
            InCommission = e.InCommission,
        };
        if (e.Deadline is { } deadline)
        {
            item.Deadline = Timestamp.FromDateTimeOffset(deadline);
        }

        item.CredentialTitles.AddRange(e.CredentialTitles.Select(Texts.To));
        item.IssuingCountryCodes.AddRange(e.IssuingCountries);
        item.FlaggedCriteria.AddRange(e.Flagged.Select(RecognitionEnums.ToProto));
        return item;
    }

    public static V1.ReviewCaseDetail Detail(RecognitionCaseState state, string hubId, DateTimeOffset now)
    {
        var detail = new V1.ReviewCaseDetail { RecognitionCase = RecognitionCaseMapper.ToProto(state, hubId, now) };
        detail.Credentials.AddRange(state.Credentials.Select(Credential));
        if (state.Assessment is { } assessment)
        {
            var proposed = new V1.RecognitionDecision
            {
                CaseId = state.CaseId,
                DecidingHubId = hubId,
                Purpose = RecognitionRequestMapper.Purpose(state.Submission!.Purpose),
                Outcome = V1.RecognitionOutcome.ReferredForReview,
                Summary = assessment.SummaryMessage is { } summary ? RecognitionCaseMapper.Message(summary)
                    : new V1.LocalizableMessage { MessageKey = "assessment.summary", EnglishText = assessment.Summary },
                RecognisedScope = Texts.English(assessment.RecognisedScope),
                NotRecognisedScope = Texts.English(assessment.NotRecognisedScope),
            };
            proposed.Differences.AddRange(assessment.Differences.Select(RecognitionCaseMapper.Difference));
            proposed.CompensatoryMeasures.AddRange(assessment.Measures.Select(RecognitionCaseMapper.Measure));
            if (assessment.RecognisedLevel is { } level)
            {
                proposed.RecognisedLevel = RecognitionCaseMapper.Level(level.Framework, level.Level);
            }

            detail.ProposedAssessment = proposed;
        }

        if (state.Commission is { } commission)
        {
            detail.Commission = Commission(commission, state.CaseId);
        }

        detail.ExcludedOfficerIds.AddRange(state.OpenAppeal?.ExcludedOfficerIds ?? []);
        return detail;
    }

    /// <summary>The few credential fields the hub keeps with a case (id, title, awarding body, country); the full
    /// payload stays with the envelope in the request.</summary>
    private static V1.Credential Credential(CaseCredentialSummary c)
    {
        var credential = new V1.Credential { CredentialId = c.CredentialId, Title = Texts.To(c.Title) };
        if (c.AwardingBodyId is not null)
        {
            credential.AwardingBodies.Add(new V1.OrganisationRef
            {
                OrganisationId = c.AwardingBodyId,
                Name = Texts.English(c.AwardingBodyName ?? ""),
                CountryCode = c.IssuerCountry ?? "",
            });
        }

        if ((c.IssuerCountry ?? c.IssuingCountry) is { Length: > 0 } country)
        {
            credential.IssuerLocations.Add(new V1.Location { CountryCode = country });
        }

        return credential;
    }

    public static V1.Commission Commission(CaseCommission c, string caseId)
    {
        var result = new V1.Commission
        {
            CommissionId = c.CommissionId,
            CaseId = caseId,
            Status = ReviewEnums.ToProto(c.Status),
            MeetingAt = Timestamp.FromDateTimeOffset(c.MeetingAt),
            Location = c.Location,
            Proposal = Proposal(c.Proposal),
            ProtocolId = c.ProtocolId ?? "",
        };
        result.Members.AddRange(c.Members.Select(Member));
        result.Votes.AddRange(c.Votes.Select(Vote));
        return result;
    }

    public static V1.CommissionMember Member(CommissionMember m) => new()
    {
        OfficerId = m.OfficerId,
        DisplayName = m.DisplayName,
        Role = ReviewEnums.ToProto(m.Role),
        Voting = m.Voting,
    };

    public static V1.CommissionVote Vote(CommissionVote v) => new()
    {
        OfficerId = v.OfficerId,
        Choice = ReviewEnums.ToProto(v.Choice),
        Reasons = Texts.To(v.Reasons),
        CastAt = Timestamp.FromDateTimeOffset(v.CastAt),
    };

    private static V1.OfficerDecision Proposal(OfficerDecisionInput d)
    {
        var result = new V1.OfficerDecision
        {
            Outcome = RecognitionEnums.ToProto(d.Outcome),
            Justification = Texts.To(d.Justification),
            Remedies = Texts.To(d.Remedies),
            AppealInstructions = Texts.To(d.AppealInstructions),
            RecognisedScope = Texts.To(d.RecognisedScope),
            NotRecognisedScope = Texts.To(d.NotRecognisedScope),
            AlternativeRecognition = Texts.To(d.AlternativeRecognition),
        };
        result.CompensatoryMeasures.AddRange(d.Measures.Select(RecognitionCaseMapper.Measure));
        return result;
    }

    /// <summary>Reads an officer decision, adding a field violation for each problem (under <paramref name="field"/>).</summary>
    public static OfficerDecisionInput? Decision(V1.OfficerDecision? decision, string field, FieldViolations violations)
    {
        if (decision is null)
        {
            violations.Add(field, $"{field} is required.");
            return null;
        }

        DecisionOutcome? outcome = decision.Outcome switch
        {
            V1.RecognitionOutcome.Full => DecisionOutcome.Full,
            V1.RecognitionOutcome.Partial => DecisionOutcome.Partial,
            V1.RecognitionOutcome.Denied => DecisionOutcome.Denied,
            _ => null,
        };
        if (outcome is null)
        {
            violations.Add(field + ".outcome", "An officer decides FULL, PARTIAL or DENIED.");
            return null;
        }

        var input = new OfficerDecisionInput
        {
            Outcome = outcome.Value,
            Justification = Texts.From(decision.Justification),
            Remedies = Texts.From(decision.Remedies),
            AppealInstructions = Texts.From(decision.AppealInstructions),
            RecognisedScope = Texts.From(decision.RecognisedScope),
            NotRecognisedScope = Texts.From(decision.NotRecognisedScope),
            AlternativeRecognition = Texts.From(decision.AlternativeRecognition),
            Measures = [.. decision.CompensatoryMeasures.Select((m, i) => new CaseMeasure(
                string.IsNullOrEmpty(m.MeasureId) ? "M" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : m.MeasureId,
                m.Kind == V1.CompensatoryMeasureKind.Unspecified ? CaseMeasureKind.Other : RecognitionEnums.ToDomain(m.Kind),
                Texts.From(m.Description),
                [.. m.ClosesCriteria.Where(c => c != V1.RecognitionCriterion.Unspecified).Select(RecognitionEnums.ToDomain)],
                decimal.TryParse(m.Workload?.Amount, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var ects) ? ects : null)
            {
                // The officer's deadline is kept as set; none set, none stated.
                CompleteBy = m.CompleteBy?.ToDateTimeOffset(),
            })],
            ConfirmedSubstantial = decision.Differences
                .Where(d => d.ConfirmedSubstantial && d.Criterion != V1.RecognitionCriterion.Unspecified)
                .GroupBy(d => RecognitionEnums.ToDomain(d.Criterion))
                .ToDictionary(g => g.Key, g => g.First().Explanation?.EnglishText ?? ""),
        };
        foreach (var (problemField, problem) in OfficerDecisionRules.Problems(input, field))
        {
            violations.Add(problemField, problem);
        }

        return input;
    }
}
