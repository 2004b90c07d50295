using System.CommandLine;
using System.CommandLine.Parsing;

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
    public string Describe() =>
        $"{(Cluster ? "cluster" : "embedded")} mode, {(Rate is { } r ? $"open loop at {r}/s" : $"closed loop, {Concurrency} in flight")}, " +
        $"{WarmupSeconds} s warm-up + {Seconds} s measured, {Credentials} credentials, {Universities} requesting universities";

    /// <summary>The <c>load</c> command's options, with the defaults and limits above, and how to read them back.</summary>
    public sealed class Definition
    {
        private readonly Option<int> _seconds = Positive("--seconds", 20, "Measured seconds.");
        private readonly Option<int> _warmup = WholeNumber("--warmup", 20, "Warm-up seconds before measuring.");
        private readonly Option<int?> _rate = new("--rate") { Description = "Requests per second (open loop); without it, closed loop." };
        private readonly Option<int> _concurrency = Positive("--concurrency", 48, "Requests in flight in closed loop.");
        private readonly Option<string> _mode = new Option<string>("--mode") { Description = "Where the hubs keep state.", DefaultValueFactory = _ => "embedded" }
            .AcceptOnlyFromAmong("embedded", "cluster");
        private readonly Option<int> _credentials = Positive("--credentials", 50, "Credentials issued before the load.");
        private readonly Option<int> _universities = Positive("--universities", 8, "Universities that request recognition.");

        public Definition() => _rate.Validators.Add(r => RefuseUnless(r, r.GetValueOrDefault<int?>() is null or > 0, "a positive whole number"));

        public IEnumerable<Option> All => [_seconds, _warmup, _rate, _concurrency, _mode, _credentials, _universities];

        public LoadOptions Read(ParseResult parsed) => new(
            parsed.GetValue(_seconds), parsed.GetValue(_warmup), parsed.GetValue(_rate), parsed.GetValue(_concurrency),
            parsed.GetValue(_mode) == "cluster", parsed.GetValue(_credentials), parsed.GetValue(_universities));

        private static Option<int> Positive(string name, int fallback, string description)
        {
            var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback };
            option.Validators.Add(r => RefuseUnless(r, r.GetValueOrDefault<int>() > 0, "a positive whole number"));
            return option;
        }

        private static Option<int> WholeNumber(string name, int fallback, string description)
        {
            var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback };
            option.Validators.Add(r => RefuseUnless(r, r.GetValueOrDefault<int>() >= 0, "a whole number"));
            return option;
        }

        private static void RefuseUnless(OptionResult result, bool valid, string expected)
        {
            if (!valid)
            {
                result.AddError($"{result.Option.Name} must be {expected}, not '{string.Join(' ', result.Tokens.Select(t => t.Value))}'.");
            }
        }
    }
}
