using System.Diagnostics;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.LocalFederation.Launch;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Exchange.LocalFederation.Load;

/// <summary>
/// Drives cross-border recognition requests through the three hubs: credentials are issued in advance at hub-ua and
/// hub-lv and shared with hub-kz; Kazakh universities then ask hub-kz to recognise them for courses they match, so
/// every case is verified against its issuing hub over federation and decided automatically. Each case is timed
/// from its submission (or, open loop, from when it was due) until the university sees it DECIDED: in the answer to
/// its submission, which waits up to 10 s for the automatic decision (settle_within), or else on the case's watch
/// stream; only cases decided automatically (full or partial) count.
/// </summary>
internal sealed class LoadHarness(RunningFederation federation, RepositoryLayout layout, LoadOptions options, TextWriter output, TimeProvider time)
{
    private const int MaxInFlight = 20_000;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SettleWithin = TimeSpan.FromSeconds(10);

    private readonly string[] _universities = [.. Enumerable.Range(1, options.Universities).Select(i => $"KZ-UNIVERSITY-{i:000}")];
    private readonly Dictionary<string, string> _tokens = [];
    private long _sequence;
    private long _nextSource;
    private int _inFlight;

    public async Task<LatencySummary> RunAsync(CancellationToken ct)
    {
        foreach (var university in _universities)
        {
            _tokens[university] = federation.Token("hub-kz", new HubTokenRequest("admissions@" + university.ToLowerInvariant(), HubRoles.Institution, university, Lifetime: TimeSpan.FromHours(2)));
        }

        var clock = Stopwatch.StartNew();
        var sources = await PrepareAsync(ct);
        output.WriteLine($"prepared {sources.Count} shared credentials (hub-ua and hub-lv, shared with hub-kz) in {clock.Elapsed.TotalSeconds:0.0} s");

        foreach (var source in sources.DistinctBy(s => s.Reference.IssuingHubId))
        {
            // A probe per issuing hub: the request really is decided automatically before anything is measured.
            var probe = await OneCaseAsync(source, Stopwatch.GetTimestamp(), null, ct);
            if (probe is not null)
            {
                throw new InvalidOperationException($"A probe case for a credential of {source.Reference.IssuingHubId} was not decided automatically: {probe}");
            }
        }

        output.WriteLine($"warm-up {options.WarmupSeconds} s ...");
        await DriveAsync(sources, TimeSpan.FromSeconds(options.WarmupSeconds), null, ct);
        output.WriteLine($"measuring {options.Seconds} s ...");
        var recorder = new LatencyRecorder();
        var hubsBefore = federation.CpuTimes();
        var selfBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var window = await DriveAsync(sources, TimeSpan.FromSeconds(options.Seconds), recorder, ct);
        var hubsAfter = federation.CpuTimes();
        var self = Process.GetCurrentProcess().TotalProcessorTime - selfBefore;
        var cpu = hubsAfter.ToDictionary(h => h.Key, h => h.Value - hubsBefore[h.Key]);
        cpu["harness"] = self;
        return recorder.Summarise(window, cpu);
    }

    private async Task<List<Source>> PrepareAsync(CancellationToken ct)
    {
        var perHub = Math.Max(1, options.Credentials / 2);
        var ua = await IssueAndShareAsync("hub-ua", "UA", "UA-KNU", "UA-L-000101", perHub, ct);
        var lv = await IssueAndShareAsync("hub-lv", "LV", "LV-LU", "LV-L-000301", perHub, ct);
        // Course requirements the credentials meet: UA's 6 ECTS at EQF 7 and LV's 3 credit points (4.5 ECTS) at LQF 7 (EQF 6).
        return [.. ua.Select(r => new Source(r, "6", "5")), .. lv.Select(r => new Source(r, "6", "4"))];
    }

    private async Task<List<SharedCredentialRef>> IssueAndShareAsync(string hubId, string country, string institution, string learner, int count, CancellationToken ct)
    {
        var issuer = RunningFederation.As(federation.Token(hubId, new HubTokenRequest("registrar", HubRoles.Institution, institution)), ct);
        var owner = RunningFederation.As(federation.Token(hubId, new HubTokenRequest("learner", HubRoles.Learner, LearnerId: learner)), ct);
        var issuing = new IssuingService.IssuingServiceClient(federation.Channel(hubId));
        var run = Guid.NewGuid().ToString("N")[..8];
        var references = new List<SharedCredentialRef>(count);
        for (var i = 0; i < count; i++)
        {
            var issued = await issuing.IssueCredentialAsync(SeedRequests.Credential(layout.SeedFolder, country, $"load-{run}-{i}"), issuer);
            var grant = await issuing.CreateShareGrantAsync(new CreateShareGrantRequest
            {
                CredentialId = issued.Credential.CredentialId,
                ExpiresAt = Timestamp.FromDateTimeOffset(time.GetUtcNow().AddDays(1)),
                RecipientHubId = "hub-kz",
            }, owner);
            references.Add(new SharedCredentialRef { IssuingHubId = hubId, CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode });
        }

        return references;
    }

    /// <summary>Runs the load for <paramref name="duration"/>, then lets the cases in flight finish; returns the window measured.</summary>
    private async Task<TimeSpan> DriveAsync(List<Source> sources, TimeSpan duration, LatencyRecorder? recorder, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var cases = new List<Task>();
        if (options.Rate is { } rate)
        {
            // Open loop: case n is due at start + n/rate; its latency counts from then, so a stalled hub cannot hide its queue.
            for (long n = 0; ; n++)
            {
                var due = started + (long)(n * (double)Stopwatch.Frequency / rate);
                if (due >= end || ct.IsCancellationRequested)
                {
                    break;
                }

                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait, ct);
                }

                if (Volatile.Read(ref _inFlight) >= MaxInFlight)
                {
                    recorder?.Failed("not sent: too many in flight");
                    continue;
                }

                cases.Add(TimedCaseAsync(sources, due, recorder, ct));
            }
        }
        else
        {
            cases.AddRange(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
            {
                while (Stopwatch.GetTimestamp() < end && !ct.IsCancellationRequested)
                {
                    await TimedCaseAsync(sources, Stopwatch.GetTimestamp(), recorder, ct);
                }
            }, ct)));
        }

        await Task.WhenAll(cases);
        return Stopwatch.GetElapsedTime(started);
    }

    private async Task TimedCaseAsync(List<Source> sources, long due, LatencyRecorder? recorder, CancellationToken ct)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            var source = sources[(int)(Interlocked.Increment(ref _nextSource) % sources.Count)];
            var failure = await OneCaseAsync(source, due, recorder, ct);
            if (failure is not null)
            {
                recorder?.Failed(failure);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <returns>null when the case was decided automatically (latency recorded), otherwise what went wrong.</returns>
    private async Task<string?> OneCaseAsync(Source source, long due, LatencyRecorder? recorder, CancellationToken ct)
    {
        var n = Interlocked.Increment(ref _sequence);
        var university = _universities[(int)(n % _universities.Length)];
        var call = RunningFederation.As(_tokens[university], (time.GetUtcNow() + CaseTimeout).UtcDateTime, ct);
        var recognition = new RecognitionService.RecognitionServiceClient(federation.Channel("hub-kz"));
        try
        {
            var request = SeedRequests.Course(
                $"load-{Environment.ProcessId}-{n}", university, "course-" + source.Ects, "Data analysis", source.EqfLevel, source.Ects, source.Reference);
            // A university's system waits for the automatic decision in the submitting call; the watch below is
            // only for a case still being processed when that wait ends.
            request.SettleWithin = Duration.FromTimeSpan(SettleWithin);
            var submitted = await recognition.SubmitRecognitionRequestAsync(request, call);
            var settled = submitted;
            var decidedAfter = Stopwatch.GetElapsedTime(due);
            if (!IsSettled(settled.Status))
            {
                // One update per transition after the ones already seen. The hub ends the stream itself once the case
                // is final (decided), so reading to the end costs no cancellation; a referred case is not final and
                // is left at once.
                using var watch = recognition.WatchRecognitionCase(
                    new WatchRecognitionCaseRequest { CaseId = submitted.CaseId, AfterSequence = submitted.Journal.Count == 0 ? 0 : submitted.Journal[^1].Sequence }, call);
                var latencyTaken = false;
                await foreach (var update in watch.ResponseStream.ReadAllAsync(ct))
                {
                    if (update.RecognitionCase is null)
                    {
                        continue;
                    }

                    settled = update.RecognitionCase;
                    if (settled.Status == CaseStatus.Decided && !latencyTaken)
                    {
                        decidedAfter = Stopwatch.GetElapsedTime(due);
                        latencyTaken = true;
                    }
                    else if (IsSettled(settled.Status) && settled.Status != CaseStatus.Decided)
                    {
                        break;
                    }
                }
            }

            if (settled.Status != CaseStatus.Decided)
            {
                return "ended " + settled.Status;
            }

            if (settled.Decision.DecidedBy.Kind != DeciderKind.Automatic || settled.Decision.Outcome is not (RecognitionOutcome.Full or RecognitionOutcome.Partial))
            {
                return $"decided {settled.Decision.Outcome} by {settled.Decision.DecidedBy.Kind}";
            }

            recorder?.Decided(decidedAfter);
            return null;
        }
        catch (RpcException failed) when (!ct.IsCancellationRequested)
        {
            return "rpc " + failed.StatusCode;
        }
    }

    private static bool IsSettled(CaseStatus status) =>
        status is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile or CaseStatus.Withdrawn;

    private sealed record Source(SharedCredentialRef Reference, string EqfLevel, string Ects);
}
