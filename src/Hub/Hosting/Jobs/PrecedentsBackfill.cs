using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;

namespace Exchange.Hub.Hosting.Jobs;

/// <summary>
/// Once the silo is active, resumes every decided case whose decisions are not among the precedents
/// (<see cref="IPrecedents.UnrecordedCasesAsync"/>): cases decided before the hub kept precedents, or whose record
/// failed after their decision was stored. A resumed case brings what is kept beside it in step, its precedents
/// included. In the background, a few at a time; once every case is recorded the start costs one query.
/// </summary>
internal sealed partial class PrecedentsBackfill(IPrecedents precedents, IGrainFactory grains, ILogger<PrecedentsBackfill> logger)
    : SiloStartJob
{
    private const int InParallel = 4;

    /// <summary>Done once every case found at start was resumed (for tests to wait on).</summary>
    public Task Filled => Running;

    protected override Task RunAsync(CancellationToken stopping) => FillAsync(stopping);

    internal async Task FillAsync(CancellationToken stopping)
    {
        try
        {
            var cases = await precedents.UnrecordedCasesAsync(stopping);
            await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = InParallel, CancellationToken = stopping },
                async (caseId, _) => await ResumeAsync(caseId));
            if (cases.Count > 0)
            {
                LogFilled(logger, cases.Count);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The hub is stopping; the cases not yet recorded are found again at the next start.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogUnreadable(logger, ex);
        }
    }

    private async Task ResumeAsync(string caseId)
    {
        try
        {
            await grains.Keyed<IRecognitionCaseGrain>(caseId).ResumeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogResumeFailed(logger, ex, caseId);
        }
    }

    [LoggerMessage(EventId = 4113, EventName = "PrecedentsBackfilled", Level = LogLevel.Information,
        Message = "Recorded the decisions of {Count} decided case(s) among the precedents")]
    private static partial void LogFilled(ILogger logger, int count);

    [LoggerMessage(EventId = 4114, EventName = "PrecedentBackfillFailed", Level = LogLevel.Warning,
        Message = "The decisions of case {CaseId} could not be recorded among the precedents at start; the next start retries")]
    private static partial void LogResumeFailed(ILogger logger, Exception exception, string caseId);

    [LoggerMessage(EventId = 4115, EventName = "PrecedentsUnreadable", Level = LogLevel.Error,
        Message = "The precedents could not be compared with the case index at start; the next start retries")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
