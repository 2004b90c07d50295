using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Hosting.Jobs;

/// <summary>
/// Once the silo is active, resumes every case the <see cref="ICaseIndex"/> lists as unfinished (received, or
/// waiting for a peer): the cases a crash or a stop interrupted. In the background, a few at a time, so the hub
/// serves at once; a row whose case never got its first write is removed.
/// </summary>
internal sealed partial class UnfinishedCasesResumption(ICaseIndex index, IGrainFactory grains, ILogger<UnfinishedCasesResumption> logger)
    : SiloStartJob
{
    private const int InParallel = 8;

    /// <summary>Done once every unfinished case found at start was resumed (for tests to wait on).</summary>
    public Task Resumed => Running;

    protected override Task RunAsync(CancellationToken stopping) => ResumeAllAsync(stopping);

    internal async Task ResumeAllAsync(CancellationToken stopping)
    {
        try
        {
            var unfinished = await index.UnfinishedAsync(stopping);
            await Parallel.ForEachAsync(unfinished, new ParallelOptions { MaxDegreeOfParallelism = InParallel, CancellationToken = stopping },
                async (indexed, _) => await ResumeAsync(indexed));
            if (unfinished.Count > 0)
            {
                LogResumed(logger, unfinished.Count);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The hub is stopping; whatever was not resumed is still in the index for the next start.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogIndexUnreadable(logger, ex);
        }
    }

    private async Task ResumeAsync(IndexedCase indexed)
    {
        try
        {
            if (!await grains.Keyed<IRecognitionCaseGrain>(indexed.CaseId).ResumeAsync())
            {
                await index.RemoveAsync(indexed.InstitutionId, indexed.CaseId);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The case's own reminder or next activation picks it up; one failure does not stop the others.
            LogResumeFailed(logger, ex, indexed.CaseId);
        }
    }

    [LoggerMessage(EventId = 4110, EventName = "UnfinishedCasesResumed", Level = LogLevel.Information,
        Message = "Resumed {Count} recognition case(s) left unfinished by the previous run")]
    private static partial void LogResumed(ILogger logger, int count);

    [LoggerMessage(EventId = 4111, EventName = "UnfinishedCaseResumeFailed", Level = LogLevel.Warning,
        Message = "Case {CaseId} could not be resumed at start")]
    private static partial void LogResumeFailed(ILogger logger, Exception exception, string caseId);

    [LoggerMessage(EventId = 4112, EventName = "CaseIndexUnreadable", Level = LogLevel.Error,
        Message = "The case index could not be read at start; unfinished cases resume when next activated")]
    private static partial void LogIndexUnreadable(ILogger logger, Exception exception);
}
