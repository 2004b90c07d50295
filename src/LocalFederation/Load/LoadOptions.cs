using System.Globalization;

namespace Exchange.LocalFederation.Load;

/// <summary>
/// <c>load [--seconds 20] [--warmup 20] [--rate N] [--concurrency N] [--mode embedded|cluster] [--credentials N] [--universities N]</c>.
/// A rate makes the load open-loop (requests start on schedule whatever the latency); without one, the given number
/// of workers each submit and wait in turn (closed loop, maximum throughput). The warm-up is long enough for the hubs'
/// tiered compilation to have moved the hot path to optimised code: after 5 s a hub still runs at a third of its
/// steady-state throughput (docs/benchmarks.md).
/// </summary>
internal sealed record LoadOptions(int Seconds, int WarmupSeconds, int? Rate, int Concurrency, bool Cluster, int Credentials, int Universities)
{
    public static LoadOptions Parse(IReadOnlyDictionary<string, string> options)
    {
        var mode = options.GetValueOrDefault("--mode", "embedded");
        if (mode is not ("embedded" or "cluster"))
        {
            throw new ArgumentException($"--mode must be embedded or cluster, not '{mode}'.");
        }

        var rate = options.TryGetValue("--rate", out var r) ? Positive("--rate", r) : (int?)null;
        return new LoadOptions(
            Positive("--seconds", options.GetValueOrDefault("--seconds", "20")),
            NonNegative("--warmup", options.GetValueOrDefault("--warmup", "20")),
            rate,
            Positive("--concurrency", options.GetValueOrDefault("--concurrency", "48")),
            mode == "cluster",
            Positive("--credentials", options.GetValueOrDefault("--credentials", "50")),
            Positive("--universities", options.GetValueOrDefault("--universities", "8")));
    }

    public string Describe() =>
        $"{(Cluster ? "cluster" : "embedded")} mode, {(Rate is { } r ? $"open loop at {r}/s" : $"closed loop, {Concurrency} in flight")}, " +
        $"{WarmupSeconds} s warm-up + {Seconds} s measured, {Credentials} credentials, {Universities} requesting universities";

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");

    private static int NonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"{name} must be a whole number, not '{value}'.");
}
