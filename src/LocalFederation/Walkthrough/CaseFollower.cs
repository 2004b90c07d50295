using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.LocalFederation.Launch;
using Grpc.Core;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>Follows a university's recognition case as it moves, printing each journal entry and, once, the verification
/// checks: the way every case of the walkthrough is shown.</summary>
internal sealed class CaseFollower(RunningFederation federation, Narrator say)
{
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Follows the case's watch stream and prints each transition until the case is decided or waits for an officer.</summary>
    public async Task<RecognitionCase> FollowAsync(string hubId, string universityId, RecognitionCase submitted, CancellationToken ct)
    {
        say.Step($"Watching case {submitted.CaseId} on {hubId} (WatchRecognitionCase stream)");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(CaseTimeout);
        var recognition = new RecognitionService.RecognitionServiceClient(federation.Channel(hubId));
        using var watch = recognition.WatchRecognitionCase(new WatchRecognitionCaseRequest { CaseId = submitted.CaseId },
            RunningFederation.As(UniversityToken(federation, hubId, universityId), timeout.Token));
        var printed = 0L;
        var checksShown = false;
        RecognitionCase? current = null;
        try
        {
            await foreach (var update in watch.ResponseStream.ReadAllAsync(timeout.Token))
            {
                if (update.RecognitionCase is null)
                {
                    continue;
                }

                current = update.RecognitionCase;
                foreach (var entry in current.Journal.Where(e => e.Sequence > printed))
                {
                    say.Line($"{(entry.FromStatus == CaseStatus.Unspecified ? "(new)" : Narrator.Name(entry.FromStatus)),-16} → {Narrator.Name(entry.ToStatus),-17} {entry.Reason?.EnglishText}");
                    printed = entry.Sequence;
                    if (!checksShown && entry.ToStatus is CaseStatus.Verified or CaseStatus.CredentialInvalid or CaseStatus.WaitingForPeer or CaseStatus.IncompleteFile)
                    {
                        checksShown = true;
                        foreach (var report in current.VerificationReports)
                        {
                            say.Checks(report);
                        }
                    }
                }

                if (current.Status is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile)
                {
                    return current;
                }
            }
        }
        catch (RpcException cancelled) when (cancelled.StatusCode == StatusCode.Cancelled && !ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Case {submitted.CaseId} did not settle within {CaseTimeout.TotalSeconds:0} s; last status {current?.Status}.");
        }

        throw new InvalidOperationException($"The watch of {submitted.CaseId} ended before the case settled (last status {current?.Status}).");
    }

    /// <summary>A token of the university's admissions office at <paramref name="hubId"/>.</summary>
    public static string UniversityToken(RunningFederation federation, string hubId, string universityId) =>
        federation.Token(hubId, new HubTokenRequest("admissions@" + universityId.ToLowerInvariant(), HubRoles.Institution, universityId));
}
