using System.Collections.Frozen;
using System.Text.Json;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Hosting.Policy;

/// <summary>
/// Reads a policy file (policy/UA.json and friends). Every knob is optional and falls back to the Adapters'
/// documented default; an unreadable file or one for another country stops the hub at startup, because deciding
/// cases under a policy nobody chose is worse than not starting.
/// </summary>
public static class PolicyFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static HubRecognitionPolicy Load(string path, string hubCountry)
    {
        PolicyDocument document;
        try
        {
            document = JsonSerializer.Deserialize<PolicyDocument>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException("The policy file is empty.");
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Hub:PolicyFile '{path}' cannot be read: {ex.Message}", ex);
        }

        if (!string.Equals(document.Country, hubCountry, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Hub:PolicyFile '{path}' is the policy of '{document.Country}', but this hub serves '{hubCountry}'.");
        }

        var defaults = RecognitionPolicy.Defaults(hubCountry);
        var fallback = HubRecognitionPolicy.Defaults(hubCountry);
        var policyId = document.PolicyId ?? fallback.PolicyId;
        var policyVersion = document.PolicyVersion ?? fallback.PolicyVersion;
        return new HubRecognitionPolicy
        {
            PolicyId = policyId,
            PolicyVersion = policyVersion,
            CommissionMode = document.CommissionMode ?? false,
            MinimumVotingMembers = document.MinimumVotingMembers ?? fallback.MinimumVotingMembers,
            AppealPeriodDays = document.AppealPeriodDays ?? fallback.AppealPeriodDays,
            AppealBodyId = document.AppealBodyId ?? "",
            AppealBodyName = document.AppealBodyName ?? "",
            AppealInstructions = document.AppealInstructions ?? fallback.AppealInstructions,
            CompensatoryMeasureMonths = document.CompensatoryMeasureMonths switch
            {
                null => fallback.CompensatoryMeasureMonths,
                >= 0 and <= 60 and var months => months,
                var months => throw new InvalidOperationException($"Hub:PolicyFile '{path}': compensatoryMeasureMonths must be 0 to 60, not {months}."),
            },
            PeerWaitLimit = document.PeerWaitLimitDays switch
            {
                null => fallback.PeerWaitLimit,
                > 0 and <= 365 and var days => TimeSpan.FromDays(days),
                var days => throw new InvalidOperationException($"Hub:PolicyFile '{path}': peerWaitLimitDays must be 1 to 365, not {days}."),
            },
            Rules = defaults with
            {
                DecisionDeadlineMonths = document.DecisionDeadlineMonths ?? defaults.DecisionDeadlineMonths,
                WorkloadShortfallTolerance = document.WorkloadShortfallTolerance ?? defaults.WorkloadShortfallTolerance,
                WorkloadShortfallToleranceEcts = document.WorkloadShortfallToleranceEcts ?? defaults.WorkloadShortfallToleranceEcts,
                MinimumShareForPartial = document.MinimumShareForPartial ?? defaults.MinimumShareForPartial,
                OutcomeCoverageForFull = document.OutcomeCoverageForFull ?? defaults.OutcomeCoverageForFull,
                OutcomeCoverageForPartial = document.OutcomeCoverageForPartial ?? defaults.OutcomeCoverageForPartial,
                LevelTolerance = document.LevelTolerance ?? defaults.LevelTolerance,
                AcceptNationalQualityAssurance = document.AcceptNationalQualityAssurance ?? defaults.AcceptNationalQualityAssurance,
                AutomaticRecognitionLists = PolicyFileList(document.AutomaticallyRecognisedProviders, policyId, policyVersion),
            },
        };
    }

    /// <summary>
    /// The file's <c>automaticallyRecognisedProviders</c> as a read-only list "policy-file" beside the lists the centre
    /// keeps through the API: it changes only with the file, so its version is 1 and its legal basis the policy itself.
    /// </summary>
    private static AutomaticRecognitionList[] PolicyFileList(string[]? providers, string policyId, string policyVersion) =>
        providers is not { Length: > 0 }
            ? []
            : [new AutomaticRecognitionList(AutomaticRecognitionList.PolicyFileId, 1, "Policy file " + policyId,
                $"Recognition policy {policyId}, version {policyVersion}", providers.ToFrozenSet(StringComparer.Ordinal))];

    /// <summary>The file's shape; absent members keep their defaults.</summary>
    private sealed record PolicyDocument(
        string? Country,
        string? PolicyId,
        string? PolicyVersion,
        int? DecisionDeadlineMonths,
        decimal? WorkloadShortfallTolerance,
        decimal? WorkloadShortfallToleranceEcts,
        decimal? MinimumShareForPartial,
        decimal? OutcomeCoverageForFull,
        decimal? OutcomeCoverageForPartial,
        int? LevelTolerance,
        bool? AcceptNationalQualityAssurance,
        string[]? AutomaticallyRecognisedProviders,
        bool? CommissionMode,
        int? MinimumVotingMembers,
        int? AppealPeriodDays,
        string? AppealBodyId,
        string? AppealBodyName,
        string? AppealInstructions,
        int? PeerWaitLimitDays,
        int? CompensatoryMeasureMonths = null);
}
