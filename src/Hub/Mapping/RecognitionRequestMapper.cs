using System.Globalization;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Rpc;
using Google.Protobuf;
using V1 = Exchange.Contracts.V1;
using Adapters = Exchange.Adapters;

namespace Exchange.Hub.Mapping;

/// <summary>Checks a recognition request and turns it into the case's domain terms; every problem becomes a field
/// violation named after the request field.</summary>
internal static class RecognitionRequestMapper
{
    public static CaseSubmission ToSubmission(V1.RecognitionRequest? request)
    {
        var violations = new FieldViolations();
        if (request is null)
        {
            violations.Add("request", "request is required.").ThrowIfAny();
        }

        IdempotencyKey(violations, request!.IdempotencyKey, "request.idempotency_key");
        violations.Required(request.RequesterInstitutionId, "request.requester_institution_id");
        if (request.Purpose == V1.RecognitionPurpose.Unspecified || !Enum.IsDefined(request.Purpose))
        {
            violations.Add("request.purpose", "request.purpose must be ADMISSION, CREDIT_TRANSFER, EMPLOYMENT or FURTHER_STUDY.");
        }

        // Texts are rendered in the preferred language: one the hub writes in, or none (the call's Accept-Language decides).
        if (request.PreferredLanguage.Length > 0 && !Adapters.Common.MessageLanguages.IsTag(request.PreferredLanguage))
        {
            violations.Add("request.preferred_language",
                "request.preferred_language must be empty or a BCP 47 tag whose language is en, uk, kk, ru or lv, e.g. \"kk\" or \"uk-UA\".");
        }

        var target = Target(violations, request.Target);
        var credentials = Credentials(violations, request.Credentials, "request.credentials");
        if (request.Credentials.Count == 0)
        {
            violations.Add("request.credentials", "At least one credential is required.");
        }

        violations.ThrowIfAny();
        // The fingerprint covers the request as sent (a retry matches it); what is kept to show back has no share codes.
        var fingerprint = CaseIds.Fingerprint(request.ToByteArray());
        return new CaseSubmission(request.RequesterInstitutionId, request.IdempotencyKey, fingerprint, ShareCodeRedaction.Redacted(request).ToByteArray(),
            Purpose(request.Purpose), target!, credentials);
    }

    public static void IdempotencyKey(FieldViolations violations, string key, string field)
    {
        if (key.Length is < 1 or > 128 || key.Any(c => c is < '!' or > '~'))
        {
            violations.Add(field, $"{field} must be 1-128 printable ASCII characters without spaces.");
        }
    }

    public static List<CredentialSource> Credentials(FieldViolations violations, IList<V1.CredentialSource> sources, string field)
    {
        var result = new List<CredentialSource>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            switch (sources[i].SourceCase)
            {
                case V1.CredentialSource.SourceOneofCase.Reference:
                    var r = sources[i].Reference;
                    violations.Required(r.IssuingHubId, at + ".reference.issuing_hub_id")
                        .Required(r.CredentialId, at + ".reference.credential_id")
                        .Required(r.ShareCode, at + ".reference.share_code");
                    result.Add(new CredentialByReference(r.IssuingHubId, r.CredentialId, r.ShareCode));
                    break;
                case V1.CredentialSource.SourceOneofCase.Envelope:
                    var e = sources[i].Envelope;
                    if (e.HeaderBytes.IsEmpty)
                    {
                        violations.Add(at + ".envelope.header_bytes", "The envelope header is required.");
                    }

                    if (e.Payload.IsEmpty)
                    {
                        violations.Add(at + ".envelope.payload", "The envelope payload is required.");
                    }

                    if (e.Signatures.Count == 0)
                    {
                        violations.Add(at + ".envelope.signatures", "The envelope carries no signature.");
                    }

                    result.Add(new CredentialByEnvelope(new SignedEnvelope(e.HeaderBytes.ToByteArray(), e.Payload.ToByteArray(),
                        [.. e.Signatures.Select(s => new EnvelopeSignatureData(
                            s.Role == V1.SignatureRole.HubAttestation ? SignerRole.HubAttestation : SignerRole.Institution,
                            s.SignerId, s.KeyId, s.Signature.ToByteArray(), s.SignedAt?.ToDateTimeOffset() ?? DateTimeOffset.UnixEpoch))])));
                    break;
                case V1.CredentialSource.SourceOneofCase.Outside:
                    if (OutsideCredentialContract.ToDomain(sources[i].Outside, at + ".outside", violations) is { } document)
                    {
                        result.Add(document);
                    }

                    break;
                default:
                    violations.Add(at, "Give the credential by reference (hub, id, share code), as an envelope or as an outside document (outside).");
                    break;
            }
        }

        return result;
    }

    private static CaseTarget? Target(FieldViolations violations, V1.RecognitionTarget? target)
    {
        if (target is null)
        {
            violations.Add("request.target", "request.target is required.");
            return null;
        }

        if (target.Kind == V1.TargetKind.Unspecified || !Enum.IsDefined(target.Kind))
        {
            violations.Add("request.target.kind", "request.target.kind must be PROGRAMME, COURSE, ACTIVITY or QUALIFICATION.");
        }

        var requirements = target.Requirements ?? new V1.TargetRequirements();
        int? level = null;
        var framework = Adapters.Frameworks.QualificationFramework.Unspecified;
        if (requirements.Level is { } l)
        {
            framework = Framework(l.Framework);
            if (!int.TryParse(l.LevelCode, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || framework == Adapters.Frameworks.QualificationFramework.Unspecified)
            {
                violations.Add("request.target.requirements.level", "The level needs a supported framework and a numeric level_code.");
            }
            else
            {
                level = parsed;
            }
        }

        decimal? amount = null;
        var unit = Adapters.Credits.CreditUnit.Unspecified;
        if (requirements.Workload is { } w)
        {
            unit = Unit(w.Unit);
            if (!decimal.TryParse(w.Amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0 || unit == Adapters.Credits.CreditUnit.Unspecified)
            {
                violations.Add("request.target.requirements.workload", "The workload needs a positive decimal amount and a supported unit.");
            }
            else
            {
                amount = parsed;
            }
        }

        var accepted = AcceptedAgencyIds(violations, requirements.Quality);
        if (requirements.ProgrammeEqfLevel is < 0 or > 8)
        {
            violations.Add("request.target.requirements.programme_eqf_level", "programme_eqf_level is an EQF level 1–8, or 0 when not stated.");
        }

        GradeTableContract.Validate(requirements.GradeDistribution, "request.target.requirements.grade_distribution", violations, sharesRequired: true);
        decimal? upper = null;
        if (requirements.Workload is { AmountUpper.Length: > 0 } ranged)
        {
            if (!decimal.TryParse(ranged.AmountUpper, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsedUpper) || !DecimalString.IsValid(ranged.AmountUpper))
            {
                violations.Add("request.target.requirements.workload.amount_upper", "The upper bound must be a decimal string such as 7.5.");
            }
            else if (amount is { } lower && parsedUpper < lower)
            {
                violations.Add("request.target.requirements.workload.amount_upper", "The upper bound cannot be below the amount.");
            }
            else
            {
                upper = parsedUpper;
            }
        }

        // Each outcome keeps the requester's id, or "LO<n>" by its position among the requirements' outcomes, so
        // decisions can name the target's outcomes recognised and missing.
        var outcomes = requirements.LearningOutcomes
            .Select((o, i) => (Outcome: o, Id: string.IsNullOrWhiteSpace(o.OutcomeId) ? "LO" + (i + 1).ToString(CultureInfo.InvariantCulture) : o.OutcomeId))
            .Where(o => o.Outcome.Text?.Values.Count > 0)
            .ToList();
        if (outcomes.Any(o => o.Outcome.Essential))
        {
            outcomes = [.. outcomes.Where(o => o.Outcome.Essential)];
        }
        return new CaseTarget(
            target.TargetId,
            Texts.First(target.Title) ?? target.TargetId,
            target.Kind switch
            {
                V1.TargetKind.Course => Adapters.Recognition.TargetKind.Course,
                V1.TargetKind.Activity => Adapters.Recognition.TargetKind.Activity,
                _ => Adapters.Recognition.TargetKind.Programme,
            },
            framework, level, amount, unit,
            requirements.Profile?.IscedFCodes.FirstOrDefault(),
            requirements.Profile?.Orientation switch
            {
                V1.ProfileOrientation.Academic => Adapters.Credentials.Orientation.Academic,
                V1.ProfileOrientation.Professional => Adapters.Credentials.Orientation.Professional,
                _ => Adapters.Credentials.Orientation.Unspecified,
            },
            requirements.Quality?.RequireExternalQualityAssurance ?? false,
            [.. outcomes.Select(o => o.Outcome.Text.Values[0]).Select(t => new LocalText(t.Language, t.Text))],
            string.IsNullOrEmpty(requirements.MinimumGrade?.ScaleId) ? null : requirements.MinimumGrade.ScaleId)
        {
            Titles = [.. Texts.From(target.Title).Where(t => !string.IsNullOrWhiteSpace(t.Text))],
            ProgrammeEqfLevel = requirements.ProgrammeEqfLevel is >= 1 and <= 8 ? requirements.ProgrammeEqfLevel : null,
            HostGradeDistribution = GradeTableContract.ToCase(requirements.GradeDistribution),
            WorkloadUpper = upper,
            OutcomeIds = [.. outcomes.Select(o => o.Id)],
            IsQualification = target.Kind == V1.TargetKind.Qualification && target.TargetId.Length > 0,
            RequireEqarAgency = requirements.Quality?.RequireEqarAgency ?? false,
            RequireListedProgramme = requirements.Quality?.RequireListedProgramme ?? false,
            AcceptedAgencyIds = accepted,
        };
    }

    /// <summary>The agencies the target accepts in any case: ids as the QA register or DEQAR spell them, a bounded list.</summary>
    private static List<string> AcceptedAgencyIds(FieldViolations violations, V1.QualityExpectation? quality)
    {
        const int MaxIds = 50;
        const int MaxLength = 100;
        var ids = quality?.AcceptedAgencyIds ?? [];
        if (ids.Count > MaxIds)
        {
            violations.Add("request.target.requirements.quality.accepted_agency_ids", $"At most {MaxIds} accepted agencies.");
        }

        for (var i = 0; i < ids.Count && i < MaxIds; i++)
        {
            if (string.IsNullOrWhiteSpace(ids[i]) || ids[i].Length > MaxLength || ids[i].Any(char.IsWhiteSpace))
            {
                violations.Add($"request.target.requirements.quality.accepted_agency_ids[{i}]", $"An agency id is 1 to {MaxLength} characters without spaces.");
            }
        }

        return [.. ids.Take(MaxIds).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal)];
    }

    public static Adapters.Recognition.RecognitionPurpose Purpose(V1.RecognitionPurpose purpose) => purpose switch
    {
        V1.RecognitionPurpose.Admission => Adapters.Recognition.RecognitionPurpose.Admission,
        V1.RecognitionPurpose.CreditTransfer => Adapters.Recognition.RecognitionPurpose.CreditTransfer,
        V1.RecognitionPurpose.Employment => Adapters.Recognition.RecognitionPurpose.Employment,
        _ => Adapters.Recognition.RecognitionPurpose.FurtherStudy,
    };

    public static V1.RecognitionPurpose Purpose(Adapters.Recognition.RecognitionPurpose purpose) => purpose switch
    {
        Adapters.Recognition.RecognitionPurpose.Admission => V1.RecognitionPurpose.Admission,
        Adapters.Recognition.RecognitionPurpose.CreditTransfer => V1.RecognitionPurpose.CreditTransfer,
        Adapters.Recognition.RecognitionPurpose.Employment => V1.RecognitionPurpose.Employment,
        _ => V1.RecognitionPurpose.FurtherStudy,
    };

    internal static Adapters.Frameworks.QualificationFramework Framework(V1.QualificationFramework framework) => framework switch
    {
        V1.QualificationFramework.Eqf => Adapters.Frameworks.QualificationFramework.Eqf,
        V1.QualificationFramework.QfEhea => Adapters.Frameworks.QualificationFramework.QfEhea,
        V1.QualificationFramework.UaNqf => Adapters.Frameworks.QualificationFramework.UkraineNqf,
        V1.QualificationFramework.KzNqf => Adapters.Frameworks.QualificationFramework.KazakhstanNqf,
        V1.QualificationFramework.LvLqf => Adapters.Frameworks.QualificationFramework.LatviaLqf,
        V1.QualificationFramework.LvPql => Adapters.Frameworks.QualificationFramework.LatviaProfessionalLevel,
        _ => Adapters.Frameworks.QualificationFramework.Unspecified,
    };

    private static Adapters.Credits.CreditUnit Unit(V1.WorkloadUnit unit) => unit switch
    {
        V1.WorkloadUnit.EctsCredit => Adapters.Credits.CreditUnit.Ects,
        V1.WorkloadUnit.KzAcademicCredit => Adapters.Credits.CreditUnit.KazakhAcademicCredit,
        V1.WorkloadUnit.LvCreditPoint => Adapters.Credits.CreditUnit.LatvianCreditPoint,
        V1.WorkloadUnit.ClockHours => Adapters.Credits.CreditUnit.ClockHours,
        V1.WorkloadUnit.AcademicHours => Adapters.Credits.CreditUnit.KazakhAcademicHours,
        _ => Adapters.Credits.CreditUnit.Unspecified,
    };
}
