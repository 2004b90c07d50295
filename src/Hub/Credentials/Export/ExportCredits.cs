using Exchange.Adapters;
using Exchange.Adapters.Credits;
using Exchange.Contracts.V1;
using Exchange.Hub.Mapping;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// The credits an export states: the notional workload in ECTS, converted by the Adapters' <see cref="CreditConverter"/>
/// when the institution stated another unit. Only an exact figure is stated; a conversion that gives a range (clock
/// hours at 25–30 h per ECTS) or none at all leaves <c>creditsAvailable</c> out rather than invent a number.
/// </summary>
public static class ExportCredits
{
    private static readonly CreditConverter Converter = new(ReferenceData.Default.Credits);

    public static decimal? Ects(Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (CredentialToDomain.Workload(credential.NotionalWorkload) is not { } workload)
        {
            return null;
        }

        DateOnly? issued = credential.IssuedAt is null ? null : DateOnly.FromDateTime(credential.IssuedAt.ToDateTime());
        var ects = Converter.ToEcts(workload, issued);
        return ects.IsConverted && ects.Converted.IsPoint ? Normalised(ects.Converted.Min) : null;
    }

    // 6.00m would be written "6.00"; a verifier reads the same number, but the export writes it as people do.
    private static decimal Normalised(decimal value) => value / 1.000000000000000000000000000000000m;
}
