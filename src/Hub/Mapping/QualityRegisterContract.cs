using System.Text.RegularExpressions;
using Exchange.Hub.Grains.ReferenceData;
using Exchange.Hub.Rpc;
using Google.Protobuf.WellKnownTypes;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>Between the ReferenceData contracts of the quality-assurance register and the register grain's records,
/// with the checks a request must pass (every problem at its field, in one answer). The API and the seed use it.</summary>
public static partial class QualityRegisterContract
{
    private const int MaxSource = 1000;

    public static RegisteredAgency ToAgency(V1.QualityAgency? agency, FieldViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (agency is null)
        {
            violations.Add("agency", "agency is required.");
            return new RegisteredAgency("", [], "", "", false, null, null, false, "", 0);
        }

        if (!IdPattern().IsMatch(agency.AgencyId))
        {
            violations.Add("agency.agency_id", "agency_id is 1 to 64 letters, digits, '.', '_' or '-', e.g. UA-NAQA.");
        }

        if (Texts.IsBlank(agency.Name))
        {
            violations.Add("agency.name", "The agency needs a name.");
        }

        if (!CountryPattern().IsMatch(agency.CountryCode))
        {
            violations.Add("agency.country_code", "country_code must be an ISO 3166-1 alpha-2 code such as UA.");
        }

        if (agency.DeqarAgencyId.Length > 0 && !DeqarAgencyPattern().IsMatch(agency.DeqarAgencyId))
        {
            violations.Add("agency.deqar_agency_id", "A DEQAR agency id looks like AG0052.");
        }

        if (!agency.EqarRegistered && (agency.EqarRegisteredFrom is not null || agency.EqarRegisteredUntil is not null))
        {
            violations.Add("agency.eqar_registered_from", "Registration dates are given only for an agency registered in EQAR.");
        }

        if (agency.EqarRegisteredFrom is { } from && agency.EqarRegisteredUntil is { } until && until.ToDateTimeOffset() < from.ToDateTimeOffset())
        {
            violations.Add("agency.eqar_registered_until", "The registration cannot end before it starts.");
        }

        if (agency.Source.Length > MaxSource)
        {
            violations.Add("agency.source", $"source is at most {MaxSource} characters.");
        }

        return new RegisteredAgency(agency.AgencyId, Texts.From(agency.Name), agency.CountryCode, agency.DeqarAgencyId, agency.EqarRegistered,
            agency.EqarRegisteredFrom?.ToDateTimeOffset(), agency.EqarRegisteredUntil?.ToDateTimeOffset(), agency.NationallyRecognised, agency.Source, 0);
    }

    public static RegisteredListing ToListing(V1.QualityListing? listing, FieldViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (listing is null)
        {
            violations.Add("listing", "listing is required.");
            return new RegisteredListing("", ListingScope.Institution, "", "", "", ListingResult.Unspecified, null, null, "", "");
        }

        var scope = listing.Scope switch
        {
            V1.QualityListingScope.Institution => ListingScope.Institution,
            V1.QualityListingScope.Programme => ListingScope.Programme,
            _ => (ListingScope?)null,
        };
        if (scope is null)
        {
            violations.Add("listing.scope", "scope must be INSTITUTION or PROGRAMME.");
        }

        if (!IdPattern().IsMatch(listing.InstitutionId))
        {
            violations.Add("listing.institution_id", "institution_id is the reviewed institution's id (1 to 64 letters, digits, '.', '_' or '-').");
        }

        if (scope == ListingScope.Programme ? !IdPattern().IsMatch(listing.ProgrammeId) : listing.ProgrammeId.Length > 0)
        {
            violations.Add("listing.programme_id", scope == ListingScope.Programme
                ? "A programme listing names the programme (1 to 64 letters, digits, '.', '_' or '-')."
                : "Only a programme listing names a programme.");
        }

        violations.Required(listing.AgencyId, "listing.agency_id");
        var result = listing.Result switch
        {
            V1.QualityAssuranceResult.Positive => ListingResult.Positive,
            V1.QualityAssuranceResult.Conditional => ListingResult.Conditional,
            V1.QualityAssuranceResult.Negative => ListingResult.Negative,
            V1.QualityAssuranceResult.Pending => ListingResult.Pending,
            _ => ListingResult.Unspecified,
        };
        if (result == ListingResult.Unspecified)
        {
            violations.Add("listing.result", "result must be POSITIVE, CONDITIONAL, NEGATIVE or PENDING.");
        }

        if (listing.DecidedAt is { } decided && listing.ValidUntil is { } valid && valid.ToDateTimeOffset() < decided.ToDateTimeOffset())
        {
            violations.Add("listing.valid_until", "A listing cannot expire before it was decided.");
        }

        if (listing.ReportUrl.Length > 0 && !(Uri.TryCreate(listing.ReportUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
        {
            violations.Add("listing.report_url", "report_url must be an absolute http(s) URL.");
        }

        if (listing.ReportId.Length > 64)
        {
            violations.Add("listing.report_id", "report_id is at most 64 characters.");
        }

        return new RegisteredListing("", scope ?? ListingScope.Institution, listing.InstitutionId, listing.ProgrammeId, listing.AgencyId, result,
            listing.DecidedAt?.ToDateTimeOffset(), listing.ValidUntil?.ToDateTimeOffset(), listing.ReportId, listing.ReportUrl);
    }

    public static V1.QualityAgency ToContract(RegisteredAgency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return new V1.QualityAgency
        {
            AgencyId = agency.AgencyId,
            Name = Texts.To(agency.Name),
            CountryCode = agency.CountryCode,
            DeqarAgencyId = agency.DeqarAgencyId,
            EqarRegistered = agency.EqarRegistered,
            EqarRegisteredFrom = agency.EqarRegisteredFrom is { } from ? Timestamp.FromDateTimeOffset(from) : null,
            EqarRegisteredUntil = agency.EqarRegisteredUntil is { } until ? Timestamp.FromDateTimeOffset(until) : null,
            NationallyRecognised = agency.NationallyRecognised,
            Source = agency.Source,
            Version = agency.Version,
        };
    }

    public static V1.QualityListing ToContract(RegisteredListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new V1.QualityListing
        {
            ListingId = listing.ListingId,
            Scope = listing.Scope == ListingScope.Programme ? V1.QualityListingScope.Programme : V1.QualityListingScope.Institution,
            InstitutionId = listing.InstitutionId,
            ProgrammeId = listing.ProgrammeId,
            AgencyId = listing.AgencyId,
            Result = listing.Result switch
            {
                ListingResult.Positive => V1.QualityAssuranceResult.Positive,
                ListingResult.Conditional => V1.QualityAssuranceResult.Conditional,
                ListingResult.Negative => V1.QualityAssuranceResult.Negative,
                ListingResult.Pending => V1.QualityAssuranceResult.Pending,
                _ => V1.QualityAssuranceResult.Unspecified,
            },
            DecidedAt = listing.DecidedAt is { } decided ? Timestamp.FromDateTimeOffset(decided) : null,
            ValidUntil = listing.ValidUntil is { } valid ? Timestamp.FromDateTimeOffset(valid) : null,
            ReportId = listing.ReportId,
            ReportUrl = listing.ReportUrl,
        };
    }

    public static bool IsCountryCode(string value) => CountryPattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^AG[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DeqarAgencyPattern();
}
