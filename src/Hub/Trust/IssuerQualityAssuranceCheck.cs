using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using CheckResult = Exchange.Hub.Credentials.CheckResult;
using VerificationCheck = Exchange.Hub.Credentials.VerificationCheck;

namespace Exchange.Hub.Trust;

/// <summary>
/// The issuer's external quality assurance at issue time, judged from the statuses its hub publishes (the signed
/// institution key list of a peer, this hub's registry for its own institutions). It informs and never fails: a
/// missing, internal-only or lapsed status is a warning, so the verdict stays valid, because whether the quality
/// assurance suffices is the Quality criterion's question for the officer, not a property of the credential's bytes.
/// </summary>
public static class IssuerQualityAssuranceCheck
{
    /// <param name="statuses">The institution's recorded statuses, in any order; null or empty = none recorded.</param>
    public static CheckOutcome Evaluate(
        string institutionId, string issuingHubId, IReadOnlyList<QualityAssuranceStatus>? statuses, DateTimeOffset issuedAt, DateTimeOffset now)
    {
        var recorded = (statuses ?? []).OrderByDescending(s => s.DecidedAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue).ToList();
        if (recorded.Count == 0)
        {
            return Warn($"Could not be checked: hub {issuingHubId} records no quality assurance status for institution {institutionId}.", null);
        }

        var external = recorded.Where(s => s.Scope is not (QualityAssuranceType.Internal or QualityAssuranceType.Unspecified)).ToList();
        if (external.Count == 0)
        {
            return Warn($"Only internal quality assurance is recorded for institution {institutionId}: {Describe(recorded[0])}.", Basis(recorded[0]));
        }

        var issued = $"{issuedAt:yyyy-MM-dd}";
        var covering = external.Where(s => Covers(s, issuedAt)).ToList();
        var used = covering.FirstOrDefault(s => s.Result == QualityAssuranceResult.Positive && StillValid(s, now))
            ?? covering.FirstOrDefault(s => s.Result == QualityAssuranceResult.Positive)
            ?? covering.FirstOrDefault(s => s.Result == QualityAssuranceResult.Conditional)
            ?? covering.FirstOrDefault();
        if (used is null)
        {
            return Warn($"No external quality assurance status covered the issue date {issued}; the latest recorded: {Describe(external[0])}.", Basis(external[0]));
        }

        return used.Result switch
        {
            QualityAssuranceResult.Positive when StillValid(used, now) => new CheckOutcome(VerificationCheck.IssuerQualityAssurance, CheckResult.Passed,
                $"On the issue date {issued} the issuer held external quality assurance: {Describe(used)}.", QualityAssurance: Basis(used)),
            QualityAssuranceResult.Positive => Warn(
                $"External quality assurance covered the issue date {issued} but has expired since: {Describe(used)}.", Basis(used)),
            QualityAssuranceResult.Conditional => Warn(
                $"On the issue date {issued} the issuer's external quality assurance was positive with conditions: {Describe(used)}.", Basis(used)),
            QualityAssuranceResult.Negative => Warn(
                $"On the issue date {issued} the issuer's external quality assurance was refused or withdrawn: {Describe(used)}.", Basis(used)),
            _ => Warn($"On the issue date {issued} the issuer's external quality assurance had no final result: {Describe(used)}.", Basis(used)),
        };
    }

    /// <summary>The status applied on the day: decided by then (or undated) and not yet ended.</summary>
    private static bool Covers(QualityAssuranceStatus s, DateTimeOffset at) =>
        (s.DecidedAt is null || s.DecidedAt.ToDateTimeOffset() <= at) && (s.ValidUntil is null || s.ValidUntil.ToDateTimeOffset() >= at);

    private static bool StillValid(QualityAssuranceStatus s, DateTimeOffset now) => s.ValidUntil is null || s.ValidUntil.ToDateTimeOffset() >= now;

    private static CheckOutcome Warn(string detail, QualityAssuranceBasis? basis) =>
        new(VerificationCheck.IssuerQualityAssurance, CheckResult.Warning, detail, QualityAssurance: basis);

    private static string Describe(QualityAssuranceStatus s)
    {
        var basis = Basis(s);
        var agency = basis.AgencyEqarRegistered ? $"{basis.Agency} (registered in EQAR)" : basis.Agency;
        var from = basis.ValidFrom is { } decided ? $"valid from {decided:yyyy-MM-dd}" : "valid from an unstated date";
        var until = basis.ValidUntil is { } end ? $"until {end:yyyy-MM-dd}" : "with no end date stated";
        return $"{agency}, {QualityAssuranceWords.Of(basis.Scope)}, result {QualityAssuranceWords.Of(basis.Outcome)}, {from} {until}";
    }

    /// <summary>The agency's English name when given (the detail text is English), else its first name.</summary>
    private static string? AgencyName(MultilingualText? name) =>
        (name?.Values.FirstOrDefault(v => v.Language == "en" && v.Text.Length > 0) ?? name?.Values.FirstOrDefault(v => v.Text.Length > 0))?.Text;

    /// <summary>The status as the check keeps it (agency, scope, result, validity).</summary>
    public static QualityAssuranceBasis Basis(QualityAssuranceStatus s) => new(
        AgencyName(s.Agency?.Name) is { } name ? name
            : s.Agency?.OrganisationId is { Length: > 0 } id ? id : "an unnamed agency",
        s.AgencyEqarRegistered,
        s.Scope switch
        {
            QualityAssuranceType.Internal => QualityAssuranceScope.Internal,
            QualityAssuranceType.ExternalInstitutional => QualityAssuranceScope.Institutional,
            QualityAssuranceType.ExternalProgramme => QualityAssuranceScope.Programme,
            QualityAssuranceType.NationalRegister => QualityAssuranceScope.NationalRegister,
            QualityAssuranceType.ProfessionalBody => QualityAssuranceScope.ProfessionalBody,
            _ => QualityAssuranceScope.Unstated,
        },
        s.Result switch
        {
            QualityAssuranceResult.Positive => QualityAssuranceOutcome.Positive,
            QualityAssuranceResult.Conditional => QualityAssuranceOutcome.Conditional,
            QualityAssuranceResult.Negative => QualityAssuranceOutcome.Negative,
            QualityAssuranceResult.Pending => QualityAssuranceOutcome.Pending,
            _ => QualityAssuranceOutcome.Unstated,
        },
        s.DecidedAt?.ToDateTimeOffset(),
        s.ValidUntil?.ToDateTimeOffset());
}
