namespace Exchange.Adapters.Credentials;

/// <summary>What the document is; the EU micro-credential elements apply to micro-credentials.</summary>
public enum CredentialKind
{
    Unspecified = 0,
    MicroCredential,
    Degree,
    CourseResult,
    VocationalQualification,
}

/// <summary>Academic or professional orientation — one part of the "profile" element [R2].</summary>
public enum Orientation
{
    Unspecified = 0,
    Academic,
    Professional,
    Vocational,
}

/// <summary>EU element 9, type of assessment.</summary>
public enum AssessmentType
{
    Unspecified = 0,
    WrittenExam,
    OralExam,
    Practical,
    Project,
    Portfolio,
    Mixed,
}

/// <summary>EU element 10, form of participation.</summary>
public enum ParticipationForm
{
    Unspecified = 0,
    Onsite,
    Online,
    Blended,
}

/// <summary>EU optional element: supervision and identity verification during assessment [M2].</summary>
public enum Supervision
{
    Unspecified = 0,
    UnsupervisedNoIdentityCheck,
    SupervisedNoIdentityCheck,
    SupervisedWithIdentityCheck,
}

/// <summary>EU optional element: integration / stackability [M2].</summary>
public enum Stackability
{
    Unspecified = 0,
    StandAlone,
    IntegratedStackable,
}
