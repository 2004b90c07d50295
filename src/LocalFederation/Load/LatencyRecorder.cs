using System.Globalization;

namespace Exchange.LocalFederation.Load;

/// <summary>Latencies of the measured window (submit → DECIDED seen by the university), and what went wrong.</summary>
internal sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = new(100_000);
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Decided(TimeSpan latency)
    {
        lock (_gate)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public void Failed(string kind)
    {
        lock (_gate)
        {
            _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
        }
    }

    public LatencySummary Summarise(TimeSpan window, IReadOnlyDictionary<string, TimeSpan> cpu)
    {
        lock (_gate)
        {
            var sorted = _milliseconds.ToArray();
            Array.Sort(sorted);
            return new LatencySummary(sorted.Length, sorted.Length / window.TotalSeconds,
                Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1],
                new Dictionary<string, int>(_errors, StringComparer.Ordinal), window, cpu);
        }
    }

    // Nearest rank: the smallest value with at least p of the samples at or below it.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

internal sealed record LatencySummary(
    int Decided, double PerSecond, double P50, double P95, double P99, double Max, IReadOnlyDictionary<string, int> Errors,
    TimeSpan Window, IReadOnlyDictionary<string, TimeSpan> Cpu)
{
    /// <summary>CPU milliseconds each process spent per decided case in the window, and in total.</summary>
    public string CpuPerCase => Decided == 0 ? "no case decided" : string.Create(CultureInfo.InvariantCulture,
        $"CPU ms per decided case: {string.Join(", ", Cpu.Select(c => $"{c.Key} {c.Value.TotalMilliseconds / Decided:0.00}"))}, " +
        $"total {Cpu.Values.Sum(c => c.TotalMilliseconds) / Decided:0.00} (= at most {Decided / Cpu.Values.Sum(c => c.TotalSeconds) * Environment.ProcessorCount:0} cases/s on {Environment.ProcessorCount} idle CPUs); " +
        $"CPU used {Cpu.Values.Sum(c => c.TotalSeconds) / Window.TotalSeconds * 100 / Environment.ProcessorCount:0} % of the machine");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"decided {Decided} ({PerSecond:0.0}/s); latency ms p50 {P50:0.0}, p95 {P95:0.0}, p99 {P99:0.0}, max {Max:0.0}; errors: {ErrorText}");

    private string ErrorText => Errors.Count == 0 ? "none" : string.Join(", ", Errors.Select(e => $"{e.Key} {e.Value}"));
}
