using System.Diagnostics;
using System.Globalization;
using Exchange.Hub.Credentials;
using Exchange.Hub.Trust;

namespace Exchange.Benchmarks.Envelopes;

/// <summary>
/// The envelope-verification ratios measured so that the virtual machine's speed phases cancel out. BenchmarkDotNet
/// measures one benchmark after another, and on this machine the speed of a core changes by up to 30 % between
/// them (two rows doing identical work disagreed by that much in one run). Here every round runs a short block of
/// each variant back to back, a few milliseconds each, in an order that rotates from round to round, and the ratio
/// is taken within the round; the figures reported are the medians and the 10th–90th percentiles of those per-round
/// ratios, and the ratio of the mean costs over the run. The operations are exactly the
/// <see cref="EnvelopeVerificationBenchmarks"/> methods, after its set-up has proved each of them on good and
/// tampered input.
/// </summary>
internal static class InterleavedEnvelopeRun
{
    private static readonly TimeSpan BlockTarget = TimeSpan.FromMilliseconds(4);

    public static int Run(TimeSpan measured, TimeSpan warmup)
    {
        using var benchmarks = new EnvelopeVerificationBenchmarks();
        benchmarks.Setup();
        Func<bool> verifyOwn = () => Valid(benchmarks.VerifyOwnCredential());
        var raw = new Variant("raw: 2 x ECDSA P-256 VerifyHash", benchmarks.RawTwoEcdsaVerifications);
        var floor = new Variant("crypto floor", benchmarks.CryptoFloor);
        var own = new Variant("EnvelopeVerifier.Verify, own credential", verifyOwn);
        var peer = new Variant("EnvelopeVerifier.Verify, peer credential", () => Valid(benchmarks.VerifyPeerCredential()));
        var ownBesideElmo = new Variant("EnvelopeVerifier.Verify, own credential", verifyOwn);
        var elmoRsa = new Variant("ELMO XMLDSig RSA-SHA256 2048", benchmarks.VerifyElmoRsa);
        var elmoEcdsa = new Variant("ELMO XMLDSig ECDSA-SHA256 P-256", benchmarks.VerifyElmoEcdsa);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"interleaved envelope verification: {Environment.ProcessorCount} CPUs, per group warm-up {warmup.TotalSeconds:0} s and {measured.TotalSeconds / 2:0} s measured, blocks of ~{BlockTarget.TotalMilliseconds:0} ms"));
        // Two groups, each interleaved within itself: the ELMO documents allocate ~300 KB per verification, and the
        // collections that garbage causes would otherwise land in the envelope's blocks and be charged to it.
        Variant[] signatures = [raw, floor, own, peer];
        Variant[] documents = [ownBesideElmo, elmoRsa, elmoEcdsa];
        var signatureRounds = Measure(signatures, measured / 2, warmup);
        var documentRounds = Measure(documents, measured / 2, warmup);

        var toRaw = Report("envelope against the raw ECDSA verifications it needs", signatures, signatureRounds);
        var toEnvelope = Report("envelope against ELMO XMLDSig", documents, documentRounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT envelope (own) / raw ECDSA {toRaw[own].Median:0.000} (mean cost {toRaw[own].Mean:0.000}), envelope (peer) / raw {toRaw[peer].Median:0.000} (mean cost {toRaw[peer].Mean:0.000}), ELMO RSA / envelope {toEnvelope[elmoRsa].Median:0.00}, ELMO ECDSA / envelope {toEnvelope[elmoEcdsa].Median:0.00} (medians of {signatureRounds} and {documentRounds} rounds)"));

        var refused = signatures.Concat(documents).Where(v => v.Refused > 0).Select(v => $"{v.Name}: {v.Refused}").ToList();
        if (refused.Count > 0)
        {
            Console.Error.WriteLine("verifications that failed during the run (the figures are void): " + string.Join(", ", refused));
            return 1;
        }

        return 0;
    }

    private static bool Valid(EnvelopeVerification verification) => verification.Report.Verdict == VerificationVerdict.Valid;

    private static int Measure(Variant[] group, TimeSpan measured, TimeSpan warmup)
    {
        // Warm-up first (one operation per block), so that blocks are sized on fully compiled code.
        RunRounds(group, warmup, record: false);
        foreach (var variant in group)
        {
            variant.Calibrate(BlockTarget);
        }

        return RunRounds(group, measured, record: true);
    }

    private static int RunRounds(Variant[] variants, TimeSpan duration, bool record)
    {
        var clock = Stopwatch.StartNew();
        var round = 0;
        while (clock.Elapsed < duration)
        {
            for (var k = 0; k < variants.Length; k++)
            {
                // Rotating the order keeps any variant from always running first (cold caches) or last.
                var variant = variants[(k + round) % variants.Length];
                var perOp = variant.TimeBlock();
                if (record)
                {
                    variant.PerOpMicroseconds.Add(perOp);
                }
            }

            round++;
        }

        return round;
    }

    /// <summary>Prints each variant of the group against its first row and returns those ratios.</summary>
    private static Dictionary<Variant, RatioSummary> Report(string title, Variant[] group, int rounds)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: {rounds} rounds; per-round ratios to the first row, median [p10–p90], and the ratio of the mean costs"));
        var ratios = new Dictionary<Variant, RatioSummary>();
        foreach (var variant in group)
        {
            var ratio = ratios[variant] = RatioSummary.Of(variant, group[0]);
            var medianMicroseconds = Percentile([.. variant.PerOpMicroseconds.Order()], 0.5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {variant.Name,-44} {medianMicroseconds,8:0.0} µs/op (median)   {ratio.Median:0.000} [{ratio.P10:0.000}–{ratio.P90:0.000}]   mean {ratio.Mean:0.000}"));
        }

        return ratios;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[(int)Math.Clamp(Math.Round(p * (sorted.Count - 1)), 0, sorted.Count - 1)];

    private sealed record RatioSummary(double Median, double P10, double P90, double Mean)
    {
        public static RatioSummary Of(Variant variant, Variant reference)
        {
            List<double> sorted = [.. variant.PerOpMicroseconds.Zip(reference.PerOpMicroseconds, (v, r) => v / r).Order()];
            return new RatioSummary(Percentile(sorted, 0.5), Percentile(sorted, 0.1), Percentile(sorted, 0.9),
                variant.PerOpMicroseconds.Average() / reference.PerOpMicroseconds.Average());
        }
    }

    private sealed class Variant(string name, Func<bool> operation)
    {
        private int _opsPerBlock = 1;

        public string Name { get; } = name;

        public List<double> PerOpMicroseconds { get; } = [];

        /// <summary>Every operation verifies good input: a false result means the run measured a failure path.
        /// Counting them also keeps each result used, so the JIT cannot drop the work.</summary>
        public long Refused { get; private set; }

        public void Calibrate(TimeSpan target)
        {
            var clock = Stopwatch.StartNew();
            var ops = 0;
            while (clock.Elapsed < target || ops < 3)
            {
                Refused += operation() ? 0 : 1;
                ops++;
            }

            _opsPerBlock = Math.Max(1, (int)(ops * target.TotalMilliseconds / clock.Elapsed.TotalMilliseconds));
        }

        public double TimeBlock()
        {
            var start = Stopwatch.GetTimestamp();
            var refused = 0;
            for (var i = 0; i < _opsPerBlock; i++)
            {
                refused += operation() ? 0 : 1;
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            Refused += refused;
            return elapsed.TotalMicroseconds / _opsPerBlock;
        }
    }
}
