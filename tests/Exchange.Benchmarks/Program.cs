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

// A short job keeps a full run to a few minutes on a shared 2-core machine; see docs/benchmarks.md.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5))
    .AddDiagnoser(MemoryDiagnoser.Default)
    // The generated project rebuilds the hub (proto compilation, Orleans code generation): minutes on a busy machine.
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
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
