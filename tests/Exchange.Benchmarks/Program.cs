using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// A short job keeps a full run to a few minutes on a shared 2-core machine; see docs/benchmarks.md.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5))
    .AddDiagnoser(MemoryDiagnoser.Default)
    // The generated project rebuilds the hub (proto compilation, Orleans code generation): minutes on a busy machine.
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Exchange.Benchmarks.RecognitionBenchmarks).Assembly).Run(args, config);
