using System.Text.RegularExpressions;
using Exchange.Contracts.V1;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;

namespace Exchange.Hub.Services.Registry;

/// <summary>Field checks of institutions and programmes, collecting every problem of a request.</summary>
public static partial class RegistryValidation
{
    public static FieldViolations Institution(Institution? institution, string prefix)
    {
        var v = new FieldViolations();
        if (institution is null)
        {
            return v.Add(prefix, $"{prefix} is required.");
        }

        if (!IdPattern().IsMatch(institution.InstitutionId))
        {
            v.Add($"{prefix}.institution_id", "institution_id is required: a country-prefixed id such as UA-KNU (A-Z, 0-9, dashes).");
        }

        if (!CountryPattern().IsMatch(institution.CountryCode))
        {
            v.Add($"{prefix}.country_code", "country_code must be an ISO 3166-1 alpha-2 code such as UA.");
        }

        if (FirstText(institution.Name) is null)
        {
            v.Add($"{prefix}.name", "The institution's name is required.");
        }

        if (institution.Kind == InstitutionKind.Unspecified)
        {
            v.Add($"{prefix}.kind", "The kind of institution is required.");
        }

        if (institution.WebUrl.Length > 0 && !IsHttps(institution.WebUrl))
        {
            v.Add($"{prefix}.web_url", "web_url must be an absolute https URL.");
        }

        OutsideIssuerValidation.Check(institution, prefix, v);
        return v;
    }

    public static FieldViolations Programme(Programme? programme, string prefix)
    {
        var v = new FieldViolations();
        if (programme is null)
        {
            return v.Add(prefix, $"{prefix} is required.");
        }

        if (!IdPattern().IsMatch(programme.ProgrammeId))
        {
            v.Add($"{prefix}.programme_id", "programme_id is required (A-Z, 0-9, dashes, country-prefixed).");
        }

        v.Required(programme.InstitutionId, $"{prefix}.institution_id");
        if (programme.Kind == ProgrammeKind.Unspecified)
        {
            v.Add($"{prefix}.kind", "The kind of programme is required.");
        }

        if (FirstText(programme.Title) is null)
        {
            v.Add($"{prefix}.title", "The programme's title is required.");
        }

        if (programme.Workload is { Amount.Length: > 0 } w && !DecimalString.IsValid(w.Amount))
        {
            v.Add($"{prefix}.workload.amount", "The amount must be a decimal string such as 7.5.");
        }

        return v;
    }

    public static string? FirstText(MultilingualText? text) => text?.Values.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Text))?.Text;

    private static bool IsHttps(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9][A-Z0-9-]{1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();
}
