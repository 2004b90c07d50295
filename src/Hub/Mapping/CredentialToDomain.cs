using System.Globalization;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Domain = Exchange.Adapters.Credentials;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>
/// Reads a contract <see cref="V1.Credential"/> into the Adapters' model, which validation and the recognition
/// rules work on. Where the contract is richer (several languages, several awarding bodies) the original
/// (first) entry is taken; values the model cannot hold in its type (an unreadable decimal, an unknown unit)
/// become absent or unspecified, so the validator reports them instead of the mapper throwing.
/// </summary>
public static class CredentialToDomain
{
    public static Domain.Credential Map(V1.Credential c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var body = c.AwardingBodies.FirstOrDefault();
        return new Domain.Credential
        {
            Id = c.CredentialId,
            Kind = Kind(c.Kind),
            Learner = Learner(c.Learner),
            Title = Texts(c.Title),
            IssuerCountry = NullIfEmpty(c.IssuerLocations.FirstOrDefault()?.CountryCode) ?? NullIfEmpty(body?.CountryCode),
            AwardingBody = body is null ? null : Organisation(body),
            IssueDate = c.IssuedAt is null ? null : DateOnly.FromDateTime(c.IssuedAt.ToDateTime()),
            LearningOutcomes = [.. c.LearningOutcomes.Select(Outcome)],
            Workload = Workload(c.NotionalWorkload),
            WorkloadComponents = [.. c.WorkloadComponents.Select(Part)],
            Level = Level(c.Level),
            AssessmentType = Assessment(c.Assessment),
            ParticipationForm = Participation(c.Participation),
            QualityAssurance = QualityAssurance(c.QualityAssurance),
            Prerequisites = First(c.Prerequisites),
            Supervision = Supervision(c.Assessment?.Supervision ?? V1.SupervisionLevel.Unspecified),
            Grade = Grade(c.Grade),
            Stackability = c.Stackability?.Option switch
            {
                V1.StackabilityOption.StandAlone => Domain.Stackability.StandAlone,
                V1.StackabilityOption.IntegratedStackable => Domain.Stackability.IntegratedStackable,
                _ => Domain.Stackability.Unspecified,
            },
            StacksTowards = [.. (c.Stackability?.StacksTowards ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)],
            FurtherInformation = First(c.FurtherInformation),
            FieldCode = NullIfEmpty(c.IscedFCodes.FirstOrDefault()),
            Purpose = First(c.Purpose),
            PlaceOfIssue = c.PlaceOfIssue is null ? null : First(c.PlaceOfIssue.Locality) ?? NullIfEmpty(c.PlaceOfIssue.CountryCode),
            AuthorisingBody = c.AuthorisingBody is null ? null : First(c.AuthorisingBody.Name) ?? NullIfEmpty(c.AuthorisingBody.OrganisationId),
            RegistryNumber = NullIfEmpty(c.ProgrammeRegistryNumber),
            IsRegisteredProgramme = c.ProgrammeId.Length > 0,
            ProgrammeId = NullIfEmpty(c.ProgrammeId),
            Hours = Hours(c.AdditionalWorkloads),
            Content = First(c.Content),
            AccessRights = [.. c.AccessRights.Select(AccessRight).OfType<Domain.AccessRight>()],
        };
    }

    /// <summary>A stated right as the rules read it; one without a kind says nothing and is dropped. No source = the document.</summary>
    public static Domain.AccessRight? AccessRight(V1.AccessRight r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var kind = r.Kind switch
        {
            V1.AccessKind.FurtherStudy => Domain.AccessKind.FurtherStudy,
            V1.AccessKind.Employment => Domain.AccessKind.Employment,
            V1.AccessKind.RegulatedProfession => Domain.AccessKind.RegulatedProfession,
            _ => Domain.AccessKind.Unspecified,
        };
        return kind == Domain.AccessKind.Unspecified
            ? null
            : new Domain.AccessRight(kind, r.EqfLevel is >= 1 and <= 8 ? r.EqfLevel : null, NullIfEmpty(r.Profession), NullIfEmpty(r.Source) ?? Domain.AccessRight.Document);
    }

    public static Domain.CredentialKind Kind(V1.CredentialKind kind) => kind switch
    {
        V1.CredentialKind.MicroCredential or V1.CredentialKind.DigitalBadge => Domain.CredentialKind.MicroCredential,
        V1.CredentialKind.Degree => Domain.CredentialKind.Degree,
        V1.CredentialKind.CourseCertificate or V1.CredentialKind.PartialStudies => Domain.CredentialKind.CourseResult,
        _ => Domain.CredentialKind.Unspecified,
    };

    public static IReadOnlyList<Domain.LanguageString> Texts(V1.MultilingualText? text) =>
        text is null ? [] : [.. text.Values.Where(v => v.Text.Length > 0).Select(v => new Domain.LanguageString(v.Language, v.Text))];

    public static string? First(V1.MultilingualText? text) => NullIfEmpty(text?.Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v.Text))?.Text);

    public static Workload? Workload(V1.Workload? w)
    {
        if (w is null || !TryDecimal(w.Amount, out var amount))
        {
            return null;
        }

        // An unreadable upper bound is dropped to the exact amount; the API refuses it before it gets here.
        return Unit(w, amount) with { AmountUpper = TryDecimal(w.AmountUpper, out var upper) ? upper : null };
    }

    // A part keeps its place even when its amount is unreadable (amount 0, unit unspecified), so the validator's
    // "workload_components[i]" still points at the part the requester sent.
    private static Workload Part(V1.Workload w) =>
        Workload(w) ?? new Workload(0, CreditUnit.Unspecified);

    private static Workload Unit(V1.Workload w, decimal amount)
    {
        return w.Unit switch
        {
            V1.WorkloadUnit.EctsCredit => new Workload(amount, CreditUnit.Ects, NullIfEmpty(w.UnitVersion)),
            // Legacy credits convert by the part they belong to: the component names the CreditTables factor [K6][K7].
            V1.WorkloadUnit.KzAcademicCredit when w.UnitVersion == "KZ-LEGACY" => new Workload(amount, CreditUnit.KazakhLegacyCredit, NullIfEmpty(w.Component)),
            V1.WorkloadUnit.KzAcademicCredit => new Workload(amount, CreditUnit.KazakhAcademicCredit),
            V1.WorkloadUnit.LvCreditPoint => new Workload(amount, CreditUnit.LatvianCreditPoint, w.UnitVersion switch
            {
                "LV-2022" => "2022",
                "LV-LEGACY" => "legacy",
                _ => null,
            }),
            V1.WorkloadUnit.ClockHours => new Workload(amount, CreditUnit.ClockHours),
            V1.WorkloadUnit.AcademicHours when w.UnitVersion is "50" or "" => new Workload(amount, CreditUnit.KazakhAcademicHours),
            _ => new Workload(amount, CreditUnit.Unspecified, NullIfEmpty(w.UnitVersion)),
        };
    }

    public static LevelClaim? Level(V1.Level? level)
    {
        if (level is null || level.Framework == V1.QualificationFramework.Unspecified)
        {
            return null;
        }

        var code = level.Framework == V1.QualificationFramework.QfEhea
            ? level.LevelCode switch { "short" => 0, "first" => 1, "second" => 2, "third" => 3, _ => -1 }
            : int.TryParse(level.LevelCode, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var framework = level.Framework switch
        {
            V1.QualificationFramework.Eqf => QualificationFramework.Eqf,
            V1.QualificationFramework.QfEhea => QualificationFramework.QfEhea,
            V1.QualificationFramework.UaNqf => QualificationFramework.UkraineNqf,
            V1.QualificationFramework.KzNqf => QualificationFramework.KazakhstanNqf,
            V1.QualificationFramework.LvLqf => QualificationFramework.LatviaLqf,
            V1.QualificationFramework.LvPql => QualificationFramework.LatviaProfessionalLevel,
            _ => QualificationFramework.Unspecified,
        };
        var version = level.FrameworkVersion switch
        {
            "CMU-1341-2011" => "2011",
            "LoE-2017" => "2017",
            "CMU-519-2020" => "2020",
            "" => null,
            var other => other,
        };
        return new LevelClaim(framework, code, version);
    }

    private static Domain.Learner? Learner(V1.LearnerIdentification? l)
    {
        if (l is null)
        {
            return null;
        }

        var name = string.Join(' ', new[] { First(l.GivenNames), First(l.Patronymic), First(l.FamilyName) }.Where(p => p is not null));
        DateOnly? born = DateOnly.TryParseExact(l.DateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return new Domain.Learner(l.LearnerId, name, born);
    }

    private static Domain.Organisation Organisation(V1.OrganisationRef o) =>
        new(o.OrganisationId, First(o.Name) ?? "", o.CountryCode, LegalData(o.LegalIdentity), ContactData(o.Contacts));

    private static string? LegalData(V1.LegalIdentity? legal)
    {
        if (legal is null)
        {
            return null;
        }

        var address = legal.LegalAddress is null ? null : string.Join(", ", legal.LegalAddress.AddressLines.Append(legal.LegalAddress.Locality).Where(s => s.Length > 0));
        var parts = new[] { First(legal.LegalName), legal.LegalForm, legal.RegistrationNumber.Length > 0 ? $"reg. {legal.RegistrationNumber}" : "", address }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        return NullIfEmpty(string.Join("; ", parts));
    }

    private static string? ContactData(IEnumerable<V1.ContactPoint> contacts) =>
        NullIfEmpty(string.Join("; ", contacts.SelectMany(c => new[] { c.Email, c.Phone, c.WebUrl }).Where(s => s.Length > 0)));

    public static Domain.LearningOutcome Outcome(V1.LearningOutcome o)
    {
        var skill = o.SkillUris.Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri : null).FirstOrDefault(u => u is not null);
        return new Domain.LearningOutcome(Texts(o.Text), skill);
    }

    private static Domain.AssessmentType Assessment(V1.Assessment? a)
    {
        var methods = a?.Methods.Where(m => m != V1.AssessmentMethod.Unspecified).Distinct().ToList() ?? [];
        return methods.Count switch
        {
            0 => Domain.AssessmentType.Unspecified,
            > 1 => Domain.AssessmentType.Mixed,
            _ => methods[0] switch
            {
                V1.AssessmentMethod.WrittenExam or V1.AssessmentMethod.OnlineTest => Domain.AssessmentType.WrittenExam,
                V1.AssessmentMethod.OralExam or V1.AssessmentMethod.Interview => Domain.AssessmentType.OralExam,
                V1.AssessmentMethod.Practical => Domain.AssessmentType.Practical,
                V1.AssessmentMethod.Project => Domain.AssessmentType.Project,
                V1.AssessmentMethod.Portfolio => Domain.AssessmentType.Portfolio,
                _ => Domain.AssessmentType.Mixed,
            },
        };
    }

    private static Domain.ParticipationForm Participation(V1.Participation? p) => p?.Mode switch
    {
        V1.ParticipationMode.Onsite or V1.ParticipationMode.WorkBased => Domain.ParticipationForm.Onsite,
        V1.ParticipationMode.Online => Domain.ParticipationForm.Online,
        V1.ParticipationMode.Blended => Domain.ParticipationForm.Blended,
        _ => Domain.ParticipationForm.Unspecified,
    };

    private static Domain.Supervision Supervision(V1.SupervisionLevel s) => s switch
    {
        V1.SupervisionLevel.UnsupervisedNoIdCheck => Domain.Supervision.UnsupervisedNoIdentityCheck,
        V1.SupervisionLevel.SupervisedNoIdCheck => Domain.Supervision.SupervisedNoIdentityCheck,
        V1.SupervisionLevel.SupervisedWithIdCheck => Domain.Supervision.SupervisedWithIdentityCheck,
        _ => Domain.Supervision.Unspecified,
    };

    /// <summary>EQAR-registered agency (a DEQAR id) beats a national one; internal QA alone is only internal.</summary>
    private static Domain.QualityAssurance? QualityAssurance(V1.QualityAssurance? qa)
    {
        if (qa is null || qa.AssuranceTypes.Count == 0)
        {
            return null;
        }

        var external = qa.AssuranceTypes.Any(t => t is not (V1.QualityAssuranceType.Internal or V1.QualityAssuranceType.Unspecified));
        var type = !external
            ? qa.AssuranceTypes.Contains(V1.QualityAssuranceType.Internal) ? Domain.QualityAssuranceType.InternalOnly : Domain.QualityAssuranceType.Unknown
            : qa.DeqarId.Length > 0 ? Domain.QualityAssuranceType.ExternalEqarRegistered : Domain.QualityAssuranceType.ExternalNational;
        return new Domain.QualityAssurance(type, First(qa.Agency?.Name) ?? NullIfEmpty(qa.Agency?.OrganisationId))
        {
            AgencyId = NullIfEmpty(qa.Agency?.OrganisationId),
            DeqarId = NullIfEmpty(qa.DeqarId),
        };
    }

    // The issuer's band table gives the bands (with ECTS letter and national grade) and, when it publishes shares, the
    // grade distribution table of its reference group: both go to the rules, which prefer them to a formula.
    private static Exchange.Adapters.Grades.Grade? Grade(V1.Grade? g)
    {
        if (g is null || g.Value.Length == 0)
        {
            return null;
        }

        return new Exchange.Adapters.Grades.Grade(g.Value, g.ScaleId, GradeTableContract.Bands(g.IssuerBandTable), GradeTableContract.Distribution(g.IssuerBandTable, g.ScaleId));
    }

    private static decimal? Hours(IEnumerable<V1.Workload> workloads)
    {
        var hours = workloads.FirstOrDefault(w => w.Unit is V1.WorkloadUnit.ClockHours or V1.WorkloadUnit.AcademicHours && TryDecimal(w.Amount, out _));
        return hours is null ? null : Parse(hours.Amount);
    }

    internal static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && DecimalString.IsValid(text!);

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
