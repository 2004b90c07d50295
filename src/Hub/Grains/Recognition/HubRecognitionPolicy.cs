using Exchange.Adapters.Recognition;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// The hub's recognition policy: the Adapters' <see cref="RecognitionPolicy"/> (tolerances, trusted providers,
/// deadline) plus what the hub itself needs to decide and explain (policy id and version, commission mode,
/// appeal route). Loaded once from <c>Hub:PolicyFile</c>; the Adapters' defaults when none is given.
/// </summary>
public sealed record HubRecognitionPolicy
{
    public required string PolicyId { get; init; }

    public required string PolicyVersion { get; init; }

    public required RecognitionPolicy Rules { get; init; }

    /// <summary>Referred cases may be put before a commission that votes (Kazakhstan).</summary>
    public bool CommissionMode { get; init; }

    /// <summary>Fewest voting members a commission may have.</summary>
    public int MinimumVotingMembers { get; init; } = 3;

    /// <summary>Days after a decision during which it can be appealed.</summary>
    public int AppealPeriodDays { get; init; } = 30;

    public string AppealBodyId { get; init; } = "";

    public string AppealBodyName { get; init; } = "";

    /// <summary>How to appeal, in English; offered with every appealable automatic decision.</summary>
    public string AppealInstructions { get; init; } = "";

    /// <summary>Months from an automatic partial decision by which its compensatory measures are to be completed
    /// (recognition.proto CompensatoryMeasure.complete_by). A hub policy choice, not law: the LRC and the Revised
    /// Recommendation set no period. Default 12 (one academic year); 0 sets none, leaving it to officers.</summary>
    public int CompensatoryMeasureMonths { get; init; } = 12;

    /// <summary>How long a case waits for a pinned peer hub that cannot be reached (or refuses this hub) before it is
    /// referred to an officer with the reason; a case must never wait forever.</summary>
    public TimeSpan PeerWaitLimit { get; init; } = DefaultPeerWaitLimit;

    public static TimeSpan DefaultPeerWaitLimit { get; } = TimeSpan.FromDays(7);

    /// <summary>Version of the recognition rules library recorded with every decision.</summary>
    public static string RulesVersion { get; } =
        typeof(RecognitionRules).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    public static HubRecognitionPolicy Defaults(string country) => new()
    {
        PolicyId = country.ToLowerInvariant() + "-default",
        PolicyVersion = "adapters-defaults",
        Rules = RecognitionPolicy.Defaults(country),
        AppealInstructions = "Send the grounds of the appeal to the national recognition centre within the appeal period.",
    };
}
