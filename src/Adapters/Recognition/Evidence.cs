using Exchange.Adapters.AccessData;
using Exchange.Adapters.Common;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;

namespace Exchange.Adapters.Recognition;

/// <summary>
/// The credentials of one file reduced to what the criteria compare. For a stack: summed workload, the
/// lowest level among them; a single unknown makes the aggregate unknown rather than optimistic.
/// </summary>
internal sealed class Evidence
{
    private static readonly Provenance NoLevel = new("", "No level, degree or programme code is stated.", Verified: false);

    public Evidence(IReadOnlyList<Credential> credentials, LevelMapper levels, CreditConverter credits, NationalAccess access)
    {
        Credentials = credentials;
        Levels = new LevelMapping[credentials.Count];
        Credits = new CreditConversion?[credentials.Count];
        Access = new CredentialAccess[credentials.Count];
        LevelRange? lowest = null;
        var allLevels = true;
        var total = DecimalRange.Zero;
        var allCredits = true;
        // A credential given twice is one learning achievement: its workload is added once ([M1] stackability).
        var counted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < credentials.Count; i++)
        {
            var credential = credentials[i];
            var mapping = LevelOf(credential, levels);
            Levels[i] = mapping;
            Access[i] = access.Read(credential, mapping);
            if (mapping.Eqf is { } eqf)
            {
                lowest = lowest is { } l ? new LevelRange(Math.Min(l.Min, eqf.Min), Math.Min(l.Max, eqf.Max)) : eqf;
            }
            else
            {
                allLevels = false;
            }

            if (credential.Workload is not null || credential.WorkloadComponents.Count > 0)
            {
                // Parts, when given, are converted one by one and summed; the printed total stays the original.
                var conversion = credits.ToEcts(credential.Workload, credential.WorkloadComponents, credential.IssueDate);
                if (PartsDisagree(credential) is { } disagreement)
                {
                    Disagreements.Add(disagreement);
                }

                Credits[i] = conversion;
                if (!conversion.IsConverted)
                {
                    allCredits = false;
                }
                else if (counted.Add(credential.Id))
                {
                    total = total.Add(conversion.Converted);
                }
            }
            else
            {
                allCredits = false;
            }
        }

        LowestLevel = allLevels ? lowest : null;
        TotalEcts = allCredits ? total : null;
    }

    public IReadOnlyList<Credential> Credentials { get; }

    /// <summary>Credentials whose printed total and the sum of their parts differ (same unit): an officer settles which holds.</summary>
    public List<PartsDisagreement> Disagreements { get; } = [];

    public LevelMapping[] Levels { get; }

    public CreditConversion?[] Credits { get; }

    /// <summary>Each credential's access rights: stated, else derived from national data for a degree, else none.</summary>
    public CredentialAccess[] Access { get; }

    /// <summary>The lowest EQF level among the credentials; null if any level is unknown.</summary>
    public LevelRange? LowestLevel { get; }

    /// <summary>Summed ECTS; null if any workload is missing or cannot be converted.</summary>
    public DecimalRange? TotalEcts { get; }

    private static PartsDisagreement? PartsDisagree(Credential credential)
    {
        if (credential.Workload is not { } total || credential.WorkloadComponents.Count == 0
            || credential.WorkloadComponents.Any(p => p.Unit != total.Unit))
        {
            return null;
        }

        var sum = credential.WorkloadComponents.Aggregate(DecimalRange.Zero, (s, p) => s.Add(p.Stated));
        return sum == total.Stated ? null : new PartsDisagreement(credential.Id, total.Stated, sum);
    }

    private static LevelMapping LevelOf(Credential credential, LevelMapper levels)
    {
        if (credential.Level is { } claim)
        {
            var stated = levels.ToEqf(claim, credential.IssueDate);

            // Universities kept printing the 2017 numbering after 2020 ("bachelor = NQF 7", [U7]); when the
            // printed level and the degree disagree, the document cannot settle the level by itself.
            if (stated.Eqf is { } eqf && credential.Degree is { } named && credential.IssuerCountry is { } issuer
                && levels.FromDegree(issuer, named) is { Eqf: { } byDegree } && byDegree != eqf)
            {
                var why = Message.Of("level_mapping.disagrees_with_degree",
                    string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"The printed level ({claim.Framework} {claim.Level}, EQF {eqf}) disagrees with the degree '{named}', which is EQF {byDegree}."),
                    MessageArgument.Of("framework", claim.Framework), MessageArgument.Of("level", claim.Level), MessageArgument.Of("eqf", eqf),
                    MessageArgument.Of("degree", named), MessageArgument.Of("degree_eqf", byDegree));
                return stated with { Eqf = null, Method = MappingMethod.None, Explanation = why.English, Why = why };
            }

            return stated;
        }

        if (credential.Degree is { } degree && credential.IssuerCountry is { } country)
        {
            return levels.FromDegree(country, degree);
        }

        if (credential.ProgrammeCode is { } code)
        {
            return levels.FromProgrammeCode(code);
        }

        return new LevelMapping(new LevelClaim(QualificationFramework.Unspecified, 0), null, MappingMethod.None, "", NoLevel, NoLevel.Note)
        {
            Why = Message.Of("level_mapping.none_stated", NoLevel.Note),
        };
    }
}

/// <summary>A credential whose printed workload total differs from the sum of its stated parts.</summary>
internal sealed record PartsDisagreement(string CredentialId, DecimalRange PrintedTotal, DecimalRange SumOfParts);
