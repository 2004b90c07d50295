using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Web.Console;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Web.University;

/// <summary>A programme the request form offers as a target: its id and its title in the reader's language.</summary>
public sealed record ProgrammeChoice(string ProgrammeId, string Title);

/// <summary>The institution's own programmes in the hub's registry: the targets the form offers, and the one chosen as
/// the registry holds it (never another institution's, whatever id a forged form names).</summary>
public static class InstitutionProgrammes
{
    public static async Task<IReadOnlyList<ProgrammeChoice>> ListAsync(IGrainFactory grains, string institutionId, string language, CancellationToken cancellationToken)
    {
        var all = await grains.Keyed<IProgrammeDirectoryGrain>(RegistryDirectory.Key).ListAsync(cancellationToken);
        return Choices(all, institutionId, language);
    }

    public static IReadOnlyList<ProgrammeChoice> Choices(IEnumerable<ProgrammeSummary> programmes, string institutionId, string language) =>
        [.. programmes
            .Where(p => string.Equals(p.InstitutionId, institutionId, StringComparison.Ordinal) && p.Listing != ProgrammeListing.Delisted)
            .Select(p => new ProgrammeChoice(p.ProgrammeId, Title(p, language)))
            .OrderBy(p => p.Title, StringComparer.CurrentCulture)];

    /// <returns>The programme's registry record, or null when the id names none of the institution's programmes.</returns>
    public static async Task<V1.Programme?> FindAsync(IGrainFactory grains, string programmeId, string institutionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(programmeId))
        {
            return null;
        }

        var snapshot = await grains.Keyed<IProgrammeGrain>(programmeId.Trim()).GetAsync(cancellationToken);
        if (snapshot is null || !string.Equals(snapshot.Profile.InstitutionId, institutionId, StringComparison.Ordinal))
        {
            return null;
        }

        var programme = V1.Programme.Parser.ParseFrom(snapshot.Profile.Document);
        programme.ProgrammeId = snapshot.Profile.ProgrammeId;
        programme.InstitutionId = snapshot.Profile.InstitutionId;
        return programme;
    }

    private static string Title(ProgrammeSummary programme, string language)
    {
        var title = LocalTexts.Pick([.. programme.Titles.Select(t => new LocalText(t.Language, t.Text))], language);
        return title.Length > 0 ? title : programme.ProgrammeId;
    }
}
