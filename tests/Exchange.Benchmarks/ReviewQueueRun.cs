using System.Diagnostics;
using System.Globalization;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Persistence.Indexes;
using Exchange.Hub.Persistence.Postgres;
using Exchange.LocalFederation.Launch;
using Exchange.LocalFederation.Load;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Exchange.Benchmarks;

/// <summary>
/// The officers' queue with many cases in review: fills the review-queue index with N cases (SQLite, the embedded hub's
/// file; PostgreSQL, a throwaway server, with --postgres) and times the page query the console runs for each filter,
/// first and deep pages. Not BenchmarkDotNet: the fill and the server are set up once, and each query is timed
/// round by round (median, 95th percentile) on the one database. With --into it only fills a hub's data folder, so a
/// hub started on it serves a console with that queue.
/// </summary>
internal static class ReviewQueueRun
{
    private static readonly string[] Countries = ["UA", "KZ", "LV", "EE", "LT", "PL", "GE", "MD"];

    public static async Task<int> RunAsync(int cases, int rounds, bool postgres, string? into, string serviceId)
    {
        await using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer<ReviewQueueEntry>>();
        var now = TimeProvider.System.GetUtcNow();

        if (into is not null)
        {
            await using var target = Sqlite(into, serviceId, serializer);
            var filled = await FillAsync(target.Queue, cases, now);
            Console.WriteLine($"Filled {cases:N0} cases into {Path.Combine(into, "hub.db")} (service id {serviceId}) in {filled.TotalSeconds:0.0} s.");
            return 0;
        }

        var folder = Path.Combine(Path.GetTempPath(), "exchange-queue-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using (var sqlite = Sqlite(folder, "bench", serializer))
            {
                await MeasureAsync("SQLite (embedded hub.db)", sqlite.Queue, cases, rounds, now);
            }

            if (postgres)
            {
                await using var server = await ThrowawayPostgres.StartOnFreePortAsync(
                    Path.Combine(RepositoryRoot(), "scripts", "pg.sh"), folder + "-pg", () => LoopbackPorts.Pick(20000, 29999, []), CancellationToken.None);
                await PostgresSchema.ApplyAsync(server.ConnectionString, CancellationToken.None);
                await using var source = NpgsqlDataSource.Create(server.ConnectionString);
                var queue = new SqlReviewQueue(new PostgresIndexDatabase(source, Options.Create(new ClusterOptions { ServiceId = "bench" })), serializer);
                await MeasureAsync("PostgreSQL (throwaway server, scripts/pg.sh)", queue, cases, rounds, now);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (Directory.Exists(folder + "-pg"))
            {
                Directory.Delete(folder + "-pg", recursive: true);
            }
        }

        return 0;
    }

    private static async Task MeasureAsync(string database, SqlReviewQueue queue, int cases, int rounds, DateTimeOffset now)
    {
        var fill = await FillAsync(queue, cases, now);
        Console.WriteLine();
        Console.WriteLine($"### {database}: {cases:N0} cases in review, filled in {fill.TotalSeconds:0.0} s; {rounds} timed rounds per query");
        Console.WriteLine();
        Console.WriteLine("| query (page of 25) | matching | median ms | p95 ms |");
        Console.WriteLine("|---|---:|---:|---:|");

        var all = Query();
        var middle = await CursorAtAsync(queue, all, cases / 2, now);
        var last = await CursorAtAsync(queue, all, cases - 25, now);
        var kz = Query() with { OriginCountry = "KZ" };
        var kzDeep = await CursorAtAsync(queue, kz, (await queue.ListAsync(kz, now)).Total / 2, now);
        (string Name, ReviewQueueQuery Query)[] queries =
        [
            ("no filter, first page", all),
            ($"no filter, page at case {cases / 2:N0}", all with { After = middle }),
            ("no filter, last page", all with { After = last }),
            ("criterion = learning outcomes", all with { Flagged = [Criterion.LearningOutcomes] }),
            ("country of origin = KZ", kz),
            ("country of origin = KZ, deep page", kz with { After = kzDeep }),
            ("purpose = admission", all with { Purpose = RecognitionPurpose.Admission }),
            ("overdue only", all with { OverdueOnly = true }),
            ("assigned to me", all with { AssignedTo = "officer-3" }),
            ("all five filters together", all with { Flagged = [Criterion.Level], OriginCountry = "UA", Purpose = RecognitionPurpose.Admission, OverdueOnly = true, AssignedTo = "officer-1" }),
        ];

        foreach (var (name, query) in queries)
        {
            var page = await queue.ListAsync(query, now);
            for (var i = 0; i < 3; i++)
            {
                await queue.ListAsync(query, now);
            }

            var times = new double[rounds];
            for (var i = 0; i < rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                await queue.ListAsync(query, now);
                times[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {page.Total:N0} | {times[rounds / 2]:0.00} | {times[Math.Min(rounds - 1, (int)Math.Ceiling(rounds * 0.95) - 1)]:0.00} |"));
        }
    }

    private static ReviewQueueQuery Query() => new([], 0, null, false, null, false, false, null, false, null, 25);

    private static async Task<ReviewQueueCursor?> CursorAtAsync(SqlReviewQueue queue, ReviewQueueQuery query, int position, DateTimeOffset now)
    {
        if (position <= 0)
        {
            return null;
        }

        var page = await queue.ListAsync(query with { PageSize = position }, now);
        return page.Items.Count == 0 ? null : ReviewQueueCursor.After(page.Items[^1]);
    }

    /// <summary>Cases spread over the filters: five criteria, eight countries (a quarter with two), four purposes,
    /// about one in ten overdue, five officers and a third unassigned.</summary>
    private static async Task<TimeSpan> FillAsync(SqlReviewQueue queue, int cases, DateTimeOffset now)
    {
        var watch = Stopwatch.StartNew();
        foreach (var chunk in Enumerable.Range(0, cases).Chunk(500))
        {
            await Task.WhenAll(chunk.Select(i => queue.UpsertAsync(Entry(i, now))));
        }

        return watch.Elapsed;
    }

    private static ReviewQueueEntry Entry(int i, DateTimeOffset now)
    {
        var received = now.AddDays(-(i % 120)).AddMinutes(-i);
        var deadline = received.AddMonths(4).AddDays(-(i % 10 == 0 ? 90 : 0));
        Criterion[] flagged = [(Criterion)(1 + (i % 5)), .. i % 3 == 0 ? [(Criterion)(1 + ((i + 2) % 5))] : Array.Empty<Criterion>()];
        string[] countries = i % 4 == 0 ? [Countries[i % 8], Countries[(i + 3) % 8]] : [Countries[i % 8]];
        return new ReviewQueueEntry(
            "rc-" + i.ToString("x24", CultureInfo.InvariantCulture), 1, i % 17 == 0 ? CaseStatus.Appealed : CaseStatus.InReview,
            (RecognitionPurpose)(1 + (i % 4)), $"Programme {i % 300}", $"INST-{i % 40}",
            [[new LocalText("en", $"Credential {i}")]], countries, flagged, received, deadline, false,
            i % 3 == 0 ? null : $"officer-{1 + (i % 5)}", i % 17 == 0, false);
    }

    private static (SqlReviewQueue Queue, IAsyncDisposable Store) SqliteParts(string folder, string serviceId, Serializer<ReviewQueueEntry> serializer)
    {
        var database = new EmbeddedDatabase(folder, TimeProvider.System);
        var store = new SqliteStateStore(database, TimeProvider.System);
        return (new SqlReviewQueue(new SqliteIndexDatabase(database, store, Options.Create(new ClusterOptions { ServiceId = serviceId })), serializer), store);
    }

    private static SqliteQueue Sqlite(string folder, string serviceId, Serializer<ReviewQueueEntry> serializer)
    {
        var (queue, store) = SqliteParts(folder, serviceId, serializer);
        return new SqliteQueue(queue, store);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Exchange.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository: scripts/pg.sh is needed for --postgres.");
    }

    private sealed record SqliteQueue(SqlReviewQueue Queue, IAsyncDisposable Store) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Store.DisposeAsync();
    }
}
