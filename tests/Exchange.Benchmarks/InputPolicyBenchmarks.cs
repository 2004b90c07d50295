using BenchmarkDotNet.Attributes;
using Exchange.Contracts.V1;
using Exchange.Hub.Hosting;
using Exchange.Hub.Rpc;

namespace Exchange.Benchmarks;

/// <summary>
/// The input policy's walk over a typical recognition request (one shared credential, a note), which every gRPC and
/// REST call pays before its service method runs; a decision costs about a millisecond of CPU, so this must stay
/// a small fraction of it.
/// </summary>
[MemoryDiagnoser]
public class InputPolicyBenchmarks
{
    private readonly InputPolicy _policy = new(new InputLimitOptions());
    private SubmitRecognitionRequestRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = new SubmitRecognitionRequestRequest
        {
            Request = new RecognitionRequest
            {
                IdempotencyKey = "k-1",
                RequesterInstitutionId = "KZ-KAZNU",
                Credentials =
                {
                    new CredentialSource
                    {
                        Reference = new SharedCredentialRef
                        {
                            IssuingHubId = "hub-ua", CredentialId = "UA-CRED-0000000000000000dead", ShareCode = "3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD",
                        },
                    },
                },
                Notes = new MultilingualText { Values = { new LocalizedText { Language = "uk", Text = "Визнання для магістратури." } } },
            },
        };
    }

    [Benchmark]
    public bool CheckRecognitionRequest() => _policy.Check(_request).Any;
}
