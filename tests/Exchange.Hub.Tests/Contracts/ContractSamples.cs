using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Exchange.Contracts.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>Realistic, fully populated contract messages for round-trip tests.</summary>
internal static class ContractSamples
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 6, 30, 9, 0, 0, TimeSpan.Zero);

    public static MultilingualText Text(params (string Language, string Text)[] values)
    {
        var text = new MultilingualText();
        text.Values.AddRange(values.Select(v => new LocalizedText { Language = v.Language, Text = v.Text }));
        return text;
    }

    private static Timestamp At(DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    private static OrganisationRef Knu() => new()
    {
        OrganisationId = "UA-KNU",
        Name = Text(("uk", "Київський національний університет імені Тараса Шевченка"),
            ("en", "Taras Shevchenko National University of Kyiv")),
        CountryCode = "UA",
        LegalIdentity = new LegalIdentity
        {
            LegalName = Text(("uk", "Київський національний університет імені Тараса Шевченка")),
            LegalForm = "державна установа",
            RegistrationNumber = "02070944",
            RegistrationAuthority = "ЄДРПОУ",
            LegalAddress = new PostalAddress
            {
                AddressLines = { "вул. Володимирська, 60" },
                Locality = "Київ",
                PostalCode = "01033",
                CountryCode = "UA",
            },
        },
        Contacts = { new ContactPoint { Purpose = "registrar", Email = "registrar@knu.example.ua", Phone = "+380442393333", WebUrl = "https://knu.example.ua" } },
        WebUrl = "https://knu.example.ua",
    };

    /// <summary>A Ukrainian micro-credential in data analysis, every element set.</summary>
    public static Credential UkrainianMicroCredential() => new()
    {
        CredentialId = "UA-CRED-0001",
        RegistryNumber = "UA-MC-2026-000123",
        Kind = CredentialKind.MicroCredential,
        IssuingHubId = "hub-ua",
        Learner = new LearnerIdentification
        {
            LearnerId = "ua-learner-7f3a",
            GivenNames = Text(("uk", "Олена"), ("uk-Latn", "Olena")),
            FamilyName = Text(("uk", "Коваленко"), ("uk-Latn", "Kovalenko")),
            Patronymic = Text(("uk", "Петрівна"), ("uk-Latn", "Petrivna")),
            DateOfBirth = "2001-04-17",
            Identifiers = { new PersonIdentifier { Scheme = "EDUCATION-ID", Value = "EDEBO-55512345", IssuingCountryCode = "UA" } },
            Email = "olena.kovalenko@example.org",
        },
        Title = Text(("uk", "Аналіз даних мовою Python"), ("en", "Data analysis with Python")),
        IssuerLocations = { new Location { CountryCode = "UA", RegionCode = "UA-30", Locality = Text(("uk", "Київ"), ("en", "Kyiv")) } },
        AwardingBodies = { Knu() },
        IssuedAt = At(IssuedAt),
        LearningOutcomes =
        {
            new LearningOutcome
            {
                OutcomeId = "LO1",
                Text = Text(("uk", "Очищує та трансформує табличні дані за допомогою pandas"),
                    ("en", "Cleans and transforms tabular data with pandas")),
                SkillUris = { "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d" },
                Category = OutcomeCategory.Skills,
            },
            new LearningOutcome
            {
                OutcomeId = "LO2",
                Text = Text(("uk", "Пояснює методи описової статистики"), ("en", "Explains descriptive statistics methods")),
                Category = OutcomeCategory.Knowledge,
            },
        },
        NotionalWorkload = new Workload { Amount = "6", Unit = WorkloadUnit.EctsCredit },
        Level = new Level
        {
            Framework = QualificationFramework.UaNqf,
            FrameworkVersion = "CMU-519-2020",
            LevelCode = "6",
            Label = Text(("uk", "6 рівень НРК"), ("en", "NQF level 6")),
        },
        Assessment = new Assessment
        {
            Methods = { AssessmentMethod.Project, AssessmentMethod.OnlineTest },
            Description = Text(("uk", "Підсумковий проєкт і онлайн-тест"), ("en", "Final project and online test")),
            Supervision = SupervisionLevel.SupervisedWithIdCheck,
        },
        Participation = new Participation
        {
            Mode = ParticipationMode.Blended,
            Description = Text(("en", "Weekly seminars on campus, self-study online")),
            StartDate = "2026-02-02",
            EndDate = "2026-06-12",
            InstructionLanguages = { "uk", "en" },
        },
        QualityAssurance = new QualityAssurance
        {
            AssuranceTypes = { QualityAssuranceType.Internal, QualityAssuranceType.ExternalInstitutional },
            Description = Text(("en", "Institutional accreditation by NAQA")),
            Agency = new OrganisationRef { OrganisationId = "UA-NAQA", Name = Text(("uk", "НАЗЯВО"), ("en", "NAQA")), CountryCode = "UA" },
            DeqarId = "AG0099",
            ReportUrl = "https://naqa.example.ua/reports/knu",
        },
        Prerequisites = Text(("en", "Basic programming")),
        Grade = new Grade
        {
            Value = "92",
            ScaleId = "UA-100",
            Passing = true,
            Label = Text(("uk", "відмінно"), ("en", "excellent")),
            IssuerBandTable = new GradeBandTable
            {
                Bands =
                {
                    new GradeBand { Label = "A", MinValue = "90", MaxValue = "100", EctsGrade = "A", NationalGrade = "5", Passing = true, SharePercent = "12.5", CumulativePercent = "12.5" },
                    new GradeBand { Label = "B", MinValue = "82", MaxValue = "89", EctsGrade = "B", NationalGrade = "4", Passing = true, SharePercent = "27.5", CumulativePercent = "40" },
                },
                ReferenceGroup = "0613",
                Period = "2024-2026",
                Source = "Diploma Supplement 4.4",
            },
        },
        Stackability = new Stackability
        {
            Option = StackabilityOption.IntegratedStackable,
            StacksTowards = { "UA-KNU-BSC-CS" },
            Description = Text(("en", "Counts towards the BSc Computer Science elective block")),
        },
        FurtherInformation = Text(("en", "Part of the university's lifelong learning offer")),
        ExpiresAt = At(IssuedAt.AddYears(10)),
        EquivalentLevels = { new Level { Framework = QualificationFramework.Eqf, FrameworkVersion = "2017", LevelCode = "6" } },
        AdditionalWorkloads = { new Workload { Amount = "180", Unit = WorkloadUnit.ClockHours }, new Workload { Amount = "64", Unit = WorkloadUnit.ContactHours } },
        IscedFCodes = { "0613" },
        PublicUrl = "https://knu.example.ua/mc/UA-MC-2026-000123",
        AccessRights =
        {
            new AccessRight { Kind = AccessKind.Employment, Description = Text(("en", "Gives access to employment as a junior data analyst")), Source = "document" },
        },
        WorkloadComponents =
        {
            new Workload { Amount = "5", Unit = WorkloadUnit.EctsCredit, Component = "theory" },
            new Workload { Amount = "1", Unit = WorkloadUnit.EctsCredit, Component = "project" },
        },
        Purpose = Text(("en", "Upskilling in data analysis for the labour market")),
        PlaceOfIssue = new Location { CountryCode = "UA", Locality = Text(("uk", "Київ"), ("en", "Kyiv")) },
        AuthorisingBody = new OrganisationRef { OrganisationId = "UA-MON", Name = Text(("uk", "Міністерство освіти і науки України"), ("en", "Ministry of Education and Science of Ukraine")), CountryCode = "UA" },
        Content = Text(("uk", "Python, pandas, візуалізація, описова статистика"), ("en", "Python, pandas, visualisation, descriptive statistics")),
        ProgrammeId = "UA-KNU-MC-DATA-01",
        ProgrammeRegistryNumber = "UA-MCP-2025-0042",
        NationalElements = { new NationalElement { Name = "ua.document_series", CountryCode = "UA", Value = Text(("uk", "МК-26")) } },
    };

    /// <summary>Computes D = SHA-256(context || 0x00 || for each part: uint64_be(len) || part).</summary>
    public static byte[] DomainDigest(string context, params byte[][] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.ASCII.GetBytes(context));
        hash.AppendData([0]);
        Span<byte> length = stackalloc byte[8];
        foreach (var part in parts)
        {
            BinaryPrimitives.WriteUInt64BigEndian(length, (ulong)part.Length);
            hash.AppendData(length);
            hash.AppendData(part);
        }
        return hash.GetHashAndReset();
    }

    public const string InstitutionContext = "exchange.v1/envelope/institution";
    public const string HubAttestationContext = "exchange.v1/envelope/hub-attestation";

    /// <summary>Builds an envelope around the credential, signed by both keys as the contract describes.</summary>
    public static Envelope SignedEnvelope(Credential credential, ECDsa institutionKey, ECDsa hubKey)
    {
        var payload = credential.ToByteArray();
        var header = new EnvelopeHeader
        {
            EnvelopeId = "UA-ENV-0001",
            FormatVersion = 1,
            ContentType = ContentType.ExchangeCredential,
            MediaType = "application/vnd.exchange.credential.v1+protobuf",
            IssuingHubId = "hub-ua",
            IssuingCountryCode = "UA",
            InstitutionId = "UA-KNU",
            CredentialId = credential.CredentialId,
            IssuedAt = At(IssuedAt),
            InstitutionKeyId = "UA-KNU#2026-01",
            HubKeyId = "hub-ua#2026-01",
            PayloadSha256 = ByteString.CopyFrom(SHA256.HashData(payload)),
            RegistryNumber = credential.RegistryNumber,
        };
        var headerBytes = header.ToByteArray();
        var institutionSignature = institutionKey.SignData(DomainDigest(InstitutionContext, headerBytes, payload), HashAlgorithmName.SHA256);
        var hubSignature = hubKey.SignData(DomainDigest(HubAttestationContext, headerBytes, payload, institutionSignature), HashAlgorithmName.SHA256);
        return new Envelope
        {
            HeaderBytes = ByteString.CopyFrom(headerBytes),
            Payload = ByteString.CopyFrom(payload),
            Signatures =
            {
                new EnvelopeSignature
                {
                    Role = SignatureRole.Institution, SignerId = "UA-KNU", KeyId = "UA-KNU#2026-01",
                    Algorithm = SignatureAlgorithm.Es256, Signature = ByteString.CopyFrom(institutionSignature), SignedAt = At(IssuedAt),
                },
                new EnvelopeSignature
                {
                    Role = SignatureRole.HubAttestation, SignerId = "hub-ua", KeyId = "hub-ua#2026-01",
                    Algorithm = SignatureAlgorithm.Es256, Signature = ByteString.CopyFrom(hubSignature), SignedAt = At(IssuedAt.AddSeconds(1)),
                },
            },
        };
    }

    private static LocalizableMessage Message(string key, string english, params (string Name, string Value)[] args)
    {
        var message = new LocalizableMessage { MessageKey = key, EnglishText = english };
        foreach (var (name, value) in args)
        {
            message.Arguments[name] = value;
        }
        return message;
    }

    /// <summary>A partial recognition at the Kazakh hub of the Ukrainian micro-credential, every field set.</summary>
    public static RecognitionDecision PartialDecision() => new()
    {
        DecisionId = "KZ-DEC-0007",
        CaseId = "KZ-CASE-0042",
        DecidingHubId = "hub-kz",
        Purpose = RecognitionPurpose.CreditTransfer,
        Outcome = RecognitionOutcome.Partial,
        CredentialIds = { "UA-CRED-0001" },
        Differences =
        {
            new CriterionDifference
            {
                Criterion = RecognitionCriterion.Workload,
                DifferenceFound = true,
                PotentiallySubstantial = true,
                ConfirmedSubstantial = false,
                ForeignValue = "6 ECTS",
                HostValue = "8 KZ academic credits",
                Size = new DifferenceMeasure { Amount = "2", Unit = "HOST_CREDITS" },
                Explanation = Message("recognition.workload.shortfall", "The credential carries 2 credits less than the course requires.",
                    ("missing", "2"), ("unit", "KZ academic credits")),
                Evidence = { "credits.UA_ECTS->KZ_ACADEMIC_CREDIT.1:1" },
                RuleId = "workload.shortfall.v1",
            },
            new CriterionDifference
            {
                Criterion = RecognitionCriterion.LearningOutcomes,
                DifferenceFound = true,
                ForeignValue = "2 of 3 outcomes",
                HostValue = "3 essential outcomes",
                Size = new DifferenceMeasure { Amount = "1", Unit = "OUTCOMES" },
                Explanation = Message("recognition.outcomes.missing", "One essential outcome is not covered.", ("count", "1")),
                RuleId = "outcomes.coverage.v1",
                MissingOutcomeIds = { "KZ-LO3" },
            },
        },
        RecognisedLevel = new Level { Framework = QualificationFramework.KzNqf, LevelCode = "6" },
        RecognisedEquivalentLevels = { new Level { Framework = QualificationFramework.Eqf, FrameworkVersion = "2017", LevelCode = "6" } },
        Credits =
        {
            new CreditRecognition
            {
                CredentialId = "UA-CRED-0001",
                Original = new Workload { Amount = "6", Unit = WorkloadUnit.EctsCredit },
                Converted = new Workload { Amount = "6", AmountUpper = "6", Unit = WorkloadUnit.KzAcademicCredit, UnitVersion = "KZ-2018" },
                ConversionRule = "UA_ECTS->KZ_ACADEMIC_CREDIT 1:1",
            },
        },
        Grades =
        {
            new GradeConversion
            {
                CredentialId = "UA-CRED-0001",
                Original = new Grade { Value = "92", ScaleId = "UA-100", Passing = true },
                Converted = new Grade { Value = "A-", ScaleId = "KZ-LETTER", Passing = true },
                ConvertedValueUpper = "A",
                Method = GradeConversionMethod.DistributionTable,
                Explanation = Message("grade.gdt.overlap", "Top 12.5 % at the issuer overlaps A- and A at the host."),
            },
        },
        CompensatoryMeasures =
        {
            new CompensatoryMeasure
            {
                MeasureId = "M1",
                Kind = CompensatoryMeasureKind.Course,
                Description = Text(("kk", "Статистикалық модельдеу бойынша қосымша модуль"), ("en", "Additional module in statistical modelling")),
                ClosesCriteria = { RecognitionCriterion.Workload, RecognitionCriterion.LearningOutcomes },
                Workload = new Workload { Amount = "2", Unit = WorkloadUnit.KzAcademicCredit, UnitVersion = "KZ-2018" },
                CompleteBy = At(new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero)),
            },
        },
        RecognisedScope = Text(("en", "6 credits towards 'Data analysis' (8 credits)")),
        NotRecognisedScope = Text(("en", "Statistical modelling outcome KZ-LO3")),
        RecognisedOutcomeIds = { "KZ-LO1", "KZ-LO2" },
        AlternativeRecognition = Text(("en", "Elective credits in the Informatics programme")),
        Justification = Text(("ru", "Объём меньше требуемого на 2 кредита"), ("en", "Workload is 2 credits short")),
        Summary = Message("decision.partial", "Partially recognised: 6 of 8 credits."),
        Remedies = Text(("en", "Complete module M1 and request recognition of the remaining credits")),
        Appeal = new AppealInfo
        {
            Appealable = true,
            AppealDeadline = At(new DateTimeOffset(2026, 8, 31, 0, 0, 0, TimeSpan.Zero)),
            AppealBody = new OrganisationRef { OrganisationId = "KZ-ENIC", Name = Text(("ru", "Национальный центр ENIC"), ("en", "ENIC Kazakhstan")), CountryCode = "KZ" },
            Instructions = Text(("en", "Lodge an appeal through the hub within 30 days")),
        },
        DecidedBy = new Decider
        {
            Kind = DeciderKind.Automatic,
            Actor = new Actor { Kind = ActorKind.System, ActorId = "system", HubId = "hub-kz" },
            PolicyId = "kz-default",
            PolicyVersion = "2026.1",
            RulesVersion = "1.0.0",
            CommissionProtocolId = "KZ-COM-2026-0001",
        },
        DecidedAt = At(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)),
        SupersedesDecisionId = "KZ-DEC-0006",
        // A compact JWS in shape (header.payload.signature, base64url); its content is not read here.
        DecisionCredential = "eyJhbGciOiJFUzI1NiIsImtpZCI6Imh1Yi1reiNrMSJ9.eyJqdGkiOiJ1cm46ZXhjaGFuZ2U6aHViLWt6OmRlY2lzaW9uOktaLURFQy0wMDA3In0.c2lnbmF0dXJl",
        AutomaticRecognition = new AutomaticRecognitionBasis
        {
            ListId = "kz-leading-providers",
            ListName = Text(("en", "Leading foreign and domestic organisations")),
            ListVersion = 3,
            ProviderId = "UA-KNU",
            LegalBasis = "Seed 001, automatic recognition by the commission",
        },
        StackProgress =
        {
            new StackProgress
            {
                QualificationId = "KZ-PRG-DATA",
                QualificationTitle = Text(("en", "Data analytics certificate")),
                CredentialIds = { "UA-CRED-01J9Z" },
                Earned = new Workload { Amount = "6", Unit = WorkloadUnit.KzAcademicCredit },
                Required = new Workload { Amount = "30", Unit = WorkloadUnit.KzAcademicCredit },
                Missing = new Workload { Amount = "24", Unit = WorkloadUnit.KzAcademicCredit },
                CoveredOutcomeIds = { "KZ-LO1" },
                MissingOutcomeIds = { "KZ-LO3" },
                Complete = false,
                Summary = Message("stack.progress", "6 of 30 credits towards Data analytics certificate; 24 missing.", ("earned", "6"), ("required", "30")),
            },
        },
        RecognisedWorkload = new Workload { Amount = "4", Unit = WorkloadUnit.KzAcademicCredit },
    };
}
