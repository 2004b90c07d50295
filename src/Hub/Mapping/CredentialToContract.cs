using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Google.Protobuf.WellKnownTypes;
using Domain = Exchange.Adapters.Credentials;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>
/// Writes an Adapters credential as a contract <see cref="V1.Credential"/> (the reverse of
/// <see cref="CredentialToDomain"/>). The model's single texts become one-entry multilingual texts in
/// <paramref name="language"/>; free-text legal and contact data travel as the awarding body's legal name
/// and a contact point.
/// </summary>
public static class CredentialToContract
{
    public static V1.Credential Map(Domain.Credential c, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(c);
        var result = new V1.Credential
        {
            CredentialId = c.Id,
            Kind = c.Kind switch
            {
                Domain.CredentialKind.MicroCredential => V1.CredentialKind.MicroCredential,
                Domain.CredentialKind.Degree => V1.CredentialKind.Degree,
                Domain.CredentialKind.CourseResult or Domain.CredentialKind.VocationalQualification => V1.CredentialKind.CourseCertificate,
                _ => V1.CredentialKind.Unspecified,
            },
            Title = Texts(c.Title),
            IssuedAt = c.IssueDate is { } d ? Timestamp.FromDateTime(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)) : null,
            NotionalWorkload = c.Workload is null ? null : Workload(c.Workload),
            WorkloadComponents = { c.WorkloadComponents.Select(Workload) },
            Level = c.Level is null ? null : Level(c.Level),
            Assessment = Assessment(c.AssessmentType, c.Supervision),
            Participation = c.ParticipationForm == Domain.ParticipationForm.Unspecified ? null : new V1.Participation
            {
                Mode = c.ParticipationForm switch
                {
                    Domain.ParticipationForm.Onsite => V1.ParticipationMode.Onsite,
                    Domain.ParticipationForm.Online => V1.ParticipationMode.Online,
                    _ => V1.ParticipationMode.Blended,
                },
            },
            QualityAssurance = c.QualityAssurance is null ? null : QualityAssurance(c.QualityAssurance, language),
            Prerequisites = Text(c.Prerequisites, language),
            Grade = c.Grade is null ? null : Grade(c.Grade),
            Stackability = c.Stackability == Domain.Stackability.Unspecified && c.StacksTowards.Count == 0 ? null : new V1.Stackability
            {
                Option = c.Stackability switch
                {
                    Domain.Stackability.StandAlone => V1.StackabilityOption.StandAlone,
                    Domain.Stackability.IntegratedStackable => V1.StackabilityOption.IntegratedStackable,
                    _ => V1.StackabilityOption.Unspecified,
                },
                StacksTowards = { c.StacksTowards },
            },
            FurtherInformation = Text(c.FurtherInformation, language),
            Purpose = Text(c.Purpose, language),
            PlaceOfIssue = c.PlaceOfIssue is null ? null : new V1.Location { CountryCode = c.IssuerCountry ?? "", Locality = Text(c.PlaceOfIssue, language) },
            AuthorisingBody = c.AuthorisingBody is null ? null : new V1.OrganisationRef { Name = Text(c.AuthorisingBody, language) },
            Content = Text(c.Content, language),
            ProgrammeRegistryNumber = c.RegistryNumber ?? "",
        };
        if (c.Learner is { } learner)
        {
            result.Learner = new V1.LearnerIdentification
            {
                LearnerId = learner.Identifier,
                GivenNames = Text(learner.FullName, language),
                DateOfBirth = learner.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            };
        }

        if (c.IssuerCountry is not null)
        {
            result.IssuerLocations.Add(new V1.Location { CountryCode = c.IssuerCountry });
        }

        if (c.AwardingBody is { } body)
        {
            var org = new V1.OrganisationRef { OrganisationId = body.Id, Name = Text(body.Name, language), CountryCode = body.Country };
            if (body.LegalData is not null)
            {
                org.LegalIdentity = new V1.LegalIdentity { LegalName = Text(body.LegalData, language) };
            }

            if (body.ContactData is not null)
            {
                org.Contacts.Add(new V1.ContactPoint { Purpose = body.ContactData });
            }

            result.AwardingBodies.Add(org);
        }

        result.LearningOutcomes.AddRange(c.LearningOutcomes.Select((o, i) => Outcome(o, i)));
        if (c.Hours is { } hours)
        {
            result.AdditionalWorkloads.Add(new V1.Workload { Amount = DecimalString.Format(hours), Unit = V1.WorkloadUnit.AcademicHours, UnitVersion = "50" });
        }

        if (c.FieldCode is not null)
        {
            result.IscedFCodes.Add(c.FieldCode);
        }

        return result;
    }

    public static V1.Workload Workload(Workload w)
    {
        var result = WorkloadUnit(w);
        result.AmountUpper = w.AmountUpper is { } upper && upper > w.Amount ? DecimalString.Format(upper) : "";
        if (w.Unit == CreditUnit.KazakhLegacyCredit)
        {
            result.Component = w.UnitVersion ?? "";
        }

        return result;
    }

    private static V1.Workload WorkloadUnit(Workload w) => w.Unit switch
    {
        CreditUnit.Ects or CreditUnit.UkrainianEcts => new V1.Workload { Amount = DecimalString.Format(w.Amount), Unit = V1.WorkloadUnit.EctsCredit, UnitVersion = w.UnitVersion ?? "" },
        CreditUnit.KazakhAcademicCredit => new V1.Workload { Amount = DecimalString.Format(w.Amount), Unit = V1.WorkloadUnit.KzAcademicCredit, UnitVersion = "KZ-2018" },
        CreditUnit.KazakhLegacyCredit => new V1.Workload { Amount = DecimalString.Format(w.Amount), Unit = V1.WorkloadUnit.KzAcademicCredit, UnitVersion = "KZ-LEGACY" },
        CreditUnit.LatvianCreditPoint => new V1.Workload
        {
            Amount = DecimalString.Format(w.Amount), Unit = V1.WorkloadUnit.LvCreditPoint,
            UnitVersion = w.UnitVersion switch { "2022" => "LV-2022", "legacy" => "LV-LEGACY", _ => "" },
        },
        CreditUnit.ClockHours => new V1.Workload { Amount = DecimalString.Format(w.Amount), Unit = V1.WorkloadUnit.ClockHours },
        CreditUnit.KazakhAcademicHours => new V1.Workload { Amount = DecimalString.Format(w.Amount), Unit = V1.WorkloadUnit.AcademicHours, UnitVersion = "50" },
        _ => new V1.Workload { Amount = DecimalString.Format(w.Amount), Unit = V1.WorkloadUnit.Other, UnitVersion = w.UnitVersion ?? "" },
    };

    public static V1.Level Level(LevelClaim level) => new()
    {
        Framework = level.Framework switch
        {
            QualificationFramework.Eqf => V1.QualificationFramework.Eqf,
            QualificationFramework.QfEhea => V1.QualificationFramework.QfEhea,
            QualificationFramework.UkraineNqf => V1.QualificationFramework.UaNqf,
            QualificationFramework.KazakhstanNqf => V1.QualificationFramework.KzNqf,
            QualificationFramework.LatviaLqf => V1.QualificationFramework.LvLqf,
            QualificationFramework.LatviaProfessionalLevel => V1.QualificationFramework.LvPql,
            _ => V1.QualificationFramework.Unspecified,
        },
        FrameworkVersion = level.FrameworkVersion switch
        {
            "2011" when level.Framework == QualificationFramework.UkraineNqf => "CMU-1341-2011",
            "2017" when level.Framework == QualificationFramework.UkraineNqf => "LoE-2017",
            "2020" when level.Framework == QualificationFramework.UkraineNqf => "CMU-519-2020",
            null => "",
            var other => other,
        },
        LevelCode = level.Framework == QualificationFramework.QfEhea
            ? level.Level switch { 0 => "short", 1 => "first", 2 => "second", 3 => "third", _ => "" }
            : level.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static V1.MultilingualText Texts(IEnumerable<Domain.LanguageString> texts)
    {
        var result = new V1.MultilingualText();
        result.Values.AddRange(texts.Select(t => new V1.LocalizedText { Language = t.Language, Text = t.Text }));
        return result;
    }

    private static V1.MultilingualText? Text(string? text, string language) =>
        text is null ? null : new V1.MultilingualText { Values = { new V1.LocalizedText { Language = language, Text = text } } };

    private static V1.LearningOutcome Outcome(Domain.LearningOutcome o, int index)
    {
        var result = new V1.LearningOutcome { OutcomeId = $"LO{index + 1}", Text = Texts(o.Texts) };
        if (o.SkillUri is not null)
        {
            result.SkillUris.Add(o.SkillUri.ToString());
        }

        return result;
    }

    private static V1.Assessment? Assessment(Domain.AssessmentType type, Domain.Supervision supervision)
    {
        if (type == Domain.AssessmentType.Unspecified && supervision == Domain.Supervision.Unspecified)
        {
            return null;
        }

        var result = new V1.Assessment
        {
            Supervision = supervision switch
            {
                Domain.Supervision.UnsupervisedNoIdentityCheck => V1.SupervisionLevel.UnsupervisedNoIdCheck,
                Domain.Supervision.SupervisedNoIdentityCheck => V1.SupervisionLevel.SupervisedNoIdCheck,
                Domain.Supervision.SupervisedWithIdentityCheck => V1.SupervisionLevel.SupervisedWithIdCheck,
                _ => V1.SupervisionLevel.Unspecified,
            },
        };
        var method = type switch
        {
            Domain.AssessmentType.WrittenExam => V1.AssessmentMethod.WrittenExam,
            Domain.AssessmentType.OralExam => V1.AssessmentMethod.OralExam,
            Domain.AssessmentType.Practical => V1.AssessmentMethod.Practical,
            Domain.AssessmentType.Project => V1.AssessmentMethod.Project,
            Domain.AssessmentType.Portfolio => V1.AssessmentMethod.Portfolio,
            Domain.AssessmentType.Mixed => V1.AssessmentMethod.Other,
            _ => V1.AssessmentMethod.Unspecified,
        };
        if (method != V1.AssessmentMethod.Unspecified)
        {
            result.Methods.Add(method);
        }

        return result;
    }

    private static V1.QualityAssurance QualityAssurance(Domain.QualityAssurance qa, string language)
    {
        var result = new V1.QualityAssurance();
        switch (qa.Type)
        {
            case Domain.QualityAssuranceType.ExternalEqarRegistered:
                result.AssuranceTypes.Add(V1.QualityAssuranceType.ExternalInstitutional);
                result.DeqarId = "EQAR";
                break;
            case Domain.QualityAssuranceType.ExternalNational:
                result.AssuranceTypes.Add(V1.QualityAssuranceType.ExternalInstitutional);
                break;
            case Domain.QualityAssuranceType.InternalOnly:
                result.AssuranceTypes.Add(V1.QualityAssuranceType.Internal);
                break;
            default:
                break;
        }

        if (qa.Agency is not null)
        {
            result.Agency = new V1.OrganisationRef { Name = Text(qa.Agency, language), OrganisationId = qa.AgencyId ?? "" };
        }

        if (qa.DeqarId is { Length: > 0 } deqarId)
        {
            result.DeqarId = deqarId;
        }

        return result;
    }

    private static V1.Grade Grade(Exchange.Adapters.Grades.Grade g)
    {
        var result = new V1.Grade { Value = g.Value, ScaleId = g.ScaleId };
        if (g.IssuerBands is { Count: > 0 } bands)
        {
            result.IssuerBandTable = new V1.GradeBandTable();
            result.IssuerBandTable.Bands.AddRange(bands.Select(b => new V1.GradeBand
            {
                Label = b.Label, MinValue = DecimalString.Format(b.Low), MaxValue = DecimalString.Format(b.High), Passing = b.Passing, EctsGrade = b.EctsLetter ?? "",
                NationalGrade = b.National ?? "",
                SharePercent = g.Distribution?.BestFirst.FirstOrDefault(s => string.Equals(s.Label, b.Label, StringComparison.Ordinal)) is { } share ? DecimalString.Format(share.Percent) : "",
            }));
        }

        return result;
    }
}
