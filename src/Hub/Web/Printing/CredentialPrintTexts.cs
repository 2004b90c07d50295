namespace Exchange.Hub.Web.Printing;

/// <summary>The English keys of the learner's credential printout (the resource set under
/// <c>Web/Resources/Web/Printing/CredentialPrintTexts.*.resx</c>); English is the text itself.</summary>
public sealed class CredentialPrintTexts
{
    public const string Learner = "Learner";
    public const string IssuedBy = "Issued by";
    public const string LearningOutcomes = "Learning outcomes";
    public const string CheckOnline = "Check this credential online";
    public const string LinkValidUntil = "Link valid until {0}";
    public const string CheckedOn = "Checked on {0}: {1}";
    public const string QrCode = "QR code of the link";

    public const string Level = "Level";
    public const string Workload = "Workload";
    public const string IssuedOn = "Issued on";
    public const string ValidUntil = "Valid until";
    public const string NoExpiry = "No expiry";
    public const string RegistryNumber = "Registry number";

    public const string Valid = "Signatures valid, not revoked";
    public const string Revoked = "Revoked by the issuer";
    public const string Expired = "Expired";
    public const string DoesNotVerify = "Does not verify";
    public const string Incomplete = "Could not be checked completely";

    /// <summary>Every key, for the translation specs.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Learner, IssuedBy, LearningOutcomes, CheckOnline, LinkValidUntil, CheckedOn, QrCode,
        Level, Workload, IssuedOn, ValidUntil, NoExpiry, RegistryNumber,
        Valid, Revoked, Expired, DoesNotVerify, Incomplete,
        .. CredentialFacts.FrameworkKeys, .. CredentialFacts.UnitKeys, .. CredentialFacts.CountryKeys,
    ];
}
