using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Exchange.Benchmarks.Envelopes;

// "interleaved [--seconds N] [--warmup N]": envelope-verification ratios measured round by round (see
// InterleavedEnvelopeRun); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "interleaved")
{
    if (Option("--seconds", 20) is not { } seconds || Option("--warmup", 3) is not { } warmup)
    {
        Console.Error.WriteLine("usage: interleaved [--seconds N] [--warmup N] (N: a positive whole number of seconds)");
        return 2;
    }

    return InterleavedEnvelopeRun.Run(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmup));
}

// "review-queue [--cases N] [--rounds N] [--postgres] [--into <hub data folder> --service-id <id>]": the officers'
// queue with many cases in review (see ReviewQueueRun and docs/benchmarks.md).
if (args.Length > 0 && args[0] == "review-queue")
{
    var into = Text("--into");
    if (Option("--cases", 10_000) is not { } cases || Option("--rounds", 30) is not { } rounds)
    {
        Console.Error.WriteLine("usage: review-queue [--cases N] [--rounds N] [--postgres] [--into <hub data folder> --service-id <hub id>]");
        return 2;
    }

    return await Exchange.Benchmarks.ReviewQueueRun.RunAsync(cases, rounds, args.Contains("--postgres"), into, Text("--service-id") ?? "hub-lv");
}

// A short job keeps a full run to a few minutes on a shared 2-core machine; see docs/benchmarks.md. A job named on the
// command line replaces it (e.g. "--job dry": each benchmark once, a quick proof that every set-up holds).
var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    // The generated project rebuilds the hub (proto compilation, Orleans code generation): minutes on a busy machine.
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
if (!args.Contains("--job") && !args.Contains("-j"))
{
    config = config.AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5));
}
BenchmarkSwitcher.FromAssembly(typeof(Exchange.Benchmarks.RecognitionBenchmarks).Assembly).Run(args, config);
return 0;

// The option's value, the fallback when it is absent, or null when it is given without a positive whole number.
int? Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    if (at < 0)
    {
        return fallback;
    }

    return at + 1 < args.Length && int.TryParse(args[at + 1], out var value) && value > 0 ? value : null;
}

string? Text(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
