using System.Collections.Concurrent;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Grpc.Core;

namespace Exchange.Hub.Tests.Durability;

/// <summary>
/// An embedded hub killed with SIGKILL while universities are submitting keeps every case it acknowledged:
/// after a restart on the same data folder each acknowledged case is there, and resubmitting it with the same
/// idempotency key finds the same case instead of creating another.
/// </summary>
public sealed class CrashRecoverySpecs
{
    private const string University = "KZ-TEST-UNIVERSITY";

    [Fact]
    public async Task Every_acknowledged_case_survives_a_kill_9_mid_load()
    {
        var settings = HubProcessSettings.Fresh("hub-crash", "KZ");
        var acknowledged = new ConcurrentDictionary<string, string>();
        var hub = await HubProcess.StartAsync(settings);
        try
        {
            var token = hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, University));
            using (var channel = hub.CreateChannel(token))
            {
                var client = new RecognitionService.RecognitionServiceClient(channel);
                using var stop = new CancellationTokenSource();
                var senders = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
                {
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        var key = $"w{worker}-{i}";
                        try
                        {
                            var created = await client.SubmitRecognitionRequestAsync(
                                RecognitionRequests.ForCourse(University, key, "hub-crash"), cancellationToken: CancellationToken.None);
                            acknowledged[key] = created.CaseId;
                        }
                        catch (RpcException)
                        {
                            return; // the hub died under this call: not acknowledged, so not promised
                        }
                    }
                })).ToArray();

                await Eventually.True(() => acknowledged.Count >= 150, TimeSpan.FromSeconds(60), "The hub did not acknowledge enough submissions in time.");
                await hub.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(senders);
            }

            await hub.DisposeAsync();
            hub = await HubProcess.StartAsync(settings);
            using var after = hub.CreateChannel(hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, University)));
            var reader = new RecognitionService.RecognitionServiceClient(after);
            foreach (var (key, caseId) in acknowledged)
            {
                var stored = await reader.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = caseId });
                Assert.Equal(key, stored.Request.IdempotencyKey);
                Assert.Equal(University, stored.Request.RequesterInstitutionId);
                Assert.NotEqual(CaseStatus.Unspecified, stored.Status);
            }

            var again = acknowledged.First();
            var resubmitted = await reader.SubmitRecognitionRequestAsync(RecognitionRequests.ForCourse(University, again.Key, "hub-crash"));
            Assert.Equal(again.Value, resubmitted.CaseId);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }
}
