using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>
/// One real Kazakh hub process (policy/KZ.json) for the API specs. It pins a Ukrainian hub that is never started,
/// so submitted cases for UA credentials wait visibly in WAITING_FOR_PEER; grain specs cover the rest.
/// </summary>
public sealed class KazakhHubFixture : IAsyncLifetime
{
    private HubProcess? _hub;

    // Kept for the fixture's lifetime: IdentityModel caches signature providers per key id, so minting with a
    // key ring disposed after each token (HubProcess.Token) fails with ObjectDisposedException from the second token on.

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    public async Task InitializeAsync()
    {
        var kz = HubProcessSettings.Fresh("hub-kz", "KZ");
        var absentUa = HubProcessSettings.Fresh("hub-ua", "UA");
        var federationFile = Path.Combine(kz.DataFolder, "federation.json");
        using (var uaKeys = new HubKeyRing("hub-ua", Path.Combine(absentUa.DataFolder, "keys")))
        {
            FederationFile.Save(federationFile, [absentUa.PinEntry(uaKeys)]);
        }

        _hub = await HubProcess.StartAsync(kz with
        {
            Extra = new Dictionary<string, string>
            {
                ["Hub__PolicyFile"] = RepositoryRoot.Combine("policy", "KZ.json"),
                ["Hub__FederationFile"] = federationFile,
            },
        });
    }

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

    }

    public RecognitionService.RecognitionServiceClient University(string institution = "KZ-KAZNU") =>
        new(Hub.CreateChannel(Token(new HubTokenRequest("registrar@" + institution, HubRoles.Institution, institution, null, false))));

    public ReviewService.ReviewServiceClient Officer(string subject = "officer-sadykova", bool commission = false) =>
        new(Hub.CreateChannel(Token(new HubTokenRequest(subject, HubRoles.Officer, null, null, commission))));

    public string Token(HubTokenRequest request) => Hub.Token(request);
}

[CollectionDefinition(Name)]
public sealed class KazakhHubGroup : ICollectionFixture<KazakhHubFixture>
{
    public const string Name = "kazakh hub";
}

[Collection(KazakhHubGroup.Name)]
public sealed class RecognitionApiSpecs(KazakhHubFixture fixture)
{
    private static SubmitRecognitionRequestRequest Request(string key, string institution = "KZ-KAZNU") => new()
    {
        Request = new RecognitionRequest
        {
            IdempotencyKey = key,
            RequesterInstitutionId = institution,
            Purpose = RecognitionPurpose.CreditTransfer,
            Target = new RecognitionTarget
            {
                Kind = TargetKind.Course,
                TargetId = "kaznu-da-300",
                Title = new MultilingualText { Values = { new LocalizedText { Language = "ru", Text = "Анализ данных" } } },
                Requirements = new TargetRequirements
                {
                    Level = new Level { Framework = QualificationFramework.KzNqf, LevelCode = "6" },
                    Workload = new Workload { Amount = "5", Unit = WorkloadUnit.KzAcademicCredit },
                },
            },
            Credentials = { new CredentialSource { Reference = new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = "ua-mc-001", ShareCode = "K7Q-2MX-91P" } } },
            ApplicantReference = "KAZNU-2026-0042",
        },
    };

    private static string Key() => "key-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task A_university_submits_a_case_and_reads_it_back_once_however_often_it_retries()
    {
        var client = fixture.University();
        var request = Request(Key());

        var submitted = await client.SubmitRecognitionRequestAsync(request);
        var retried = await client.SubmitRecognitionRequestAsync(request);
        var read = await client.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId });

        Assert.Equal(submitted.CaseId, retried.CaseId);
        Assert.Equal("hub-kz", read.HubId);
        // Shown back as submitted, except the learner's share code, which is never echoed.
        var shown = request.Request.Clone();
        shown.Credentials[0].Reference.ShareCode = "";
        Assert.Equal(shown, read.Request);
        Assert.Equal("submitted", read.Journal[0].Event);
        Assert.Equal(CaseStatus.Received, read.Journal[0].ToStatus);
    }

    [Fact]
    public async Task While_the_pinned_issuing_hub_is_unreachable_the_case_waits_visibly_for_it()
    {
        var client = fixture.University();
        var submitted = await client.SubmitRecognitionRequestAsync(Request(Key()));

        var waiting = await PollAsync(() => client.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId }).ResponseAsync,
            c => c.Status == CaseStatus.WaitingForPeer);

        Assert.Equal(["hub-ua"], waiting.WaitingForHubIds);
        Assert.Equal(CheckResult.Unavailable, waiting.VerificationReports.Single().Checks.Single().Result);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_already_exists_key_reused()
    {
        var client = fixture.University();
        var request = Request(Key());
        await client.SubmitRecognitionRequestAsync(request);
        request.Request.ApplicantReference = "KAZNU-2026-0043";

        var refused = await Assert.ThrowsAsync<RpcException>(() => client.SubmitRecognitionRequestAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", Reason(refused));
    }

    [Fact]
    public async Task A_bad_request_gets_every_field_violation_at_once()
    {
        var request = Request("bad key with spaces");
        request.Request.Purpose = RecognitionPurpose.Unspecified;
        request.Request.Target.Kind = TargetKind.Unspecified;
        request.Request.Credentials[0].Reference.ShareCode = "";

        var refused = await Assert.ThrowsAsync<RpcException>(() => fixture.University().SubmitRecognitionRequestAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(
            ["request.idempotency_key", "request.purpose", "request.target.kind", "request.credentials[0].reference.share_code"],
            Violations(refused));
    }

    [Theory]
    [InlineData(11, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, -5)]
    public async Task A_wait_for_settlement_outside_0_to_10_seconds_is_refused_before_anything_is_accepted(long seconds, int nanos)
    {
        var request = Request(Key());
        request.SettleWithin = new Google.Protobuf.WellKnownTypes.Duration { Seconds = seconds, Nanos = nanos };
        var client = fixture.University();

        var refused = await Assert.ThrowsAsync<RpcException>(() => client.SubmitRecognitionRequestAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["settle_within"], Violations(refused));
        request.SettleWithin = null;
        Assert.Equal("submitted", Assert.Single((await client.SubmitRecognitionRequestAsync(request)).Journal).Event);
    }

    [Fact]
    public async Task A_university_cannot_submit_for_another_institution_and_other_roles_cannot_submit()
    {
        var forOther = await Assert.ThrowsAsync<RpcException>(() => fixture.University().SubmitRecognitionRequestAsync(Request(Key(), "KZ-ENU")).ResponseAsync);
        var officerClient = new RecognitionService.RecognitionServiceClient(fixture.Hub.CreateChannel(
            fixture.Token(new HubTokenRequest("officer-sadykova", HubRoles.Officer, null, null, false))));
        var asOfficer = await Assert.ThrowsAsync<RpcException>(() => officerClient.SubmitRecognitionRequestAsync(Request(Key())).ResponseAsync);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            new RecognitionService.RecognitionServiceClient(fixture.Hub.CreateChannel()).SubmitRecognitionRequestAsync(Request(Key())).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, "NOT_ALLOWED"), (forOther.StatusCode, Reason(forOther)));
        Assert.Equal(StatusCode.PermissionDenied, asOfficer.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_university_sees_only_its_own_cases()
    {
        var mine = await fixture.University("KZ-SDU").SubmitRecognitionRequestAsync(Request(Key(), "KZ-SDU"));
        var other = fixture.University("KZ-ENU");

        var hidden = await Assert.ThrowsAsync<RpcException>(() => other.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = mine.CaseId }).ResponseAsync);
        var list = await other.ListRecognitionCasesAsync(new ListRecognitionCasesRequest());
        var own = await fixture.University("KZ-SDU").ListRecognitionCasesAsync(new ListRecognitionCasesRequest());

        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(list.Cases, c => c.CaseId == mine.CaseId);
        Assert.Contains(own.Cases, c => c.CaseId == mine.CaseId);
    }

    [Fact]
    public async Task Get_list_watch_withdraw_supplement_and_appeal_refuse_bad_input_with_the_right_codes()
    {
        var client = fixture.University();
        var empty = await Assert.ThrowsAsync<RpcException>(() => client.GetRecognitionCaseAsync(new GetRecognitionCaseRequest()).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => client.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = "rc-000000000000000000000000" }).ResponseAsync);
        var badToken = await Assert.ThrowsAsync<RpcException>(() => client.ListRecognitionCasesAsync(new ListRecognitionCasesRequest { Page = new PageRequest { PageToken = "x" } }).ResponseAsync);
        var watchUnknown = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = client.WatchRecognitionCase(new WatchRecognitionCaseRequest { CaseId = "rc-000000000000000000000000" });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });
        var noGrounds = await Assert.ThrowsAsync<RpcException>(() => client.AppealRecognitionDecisionAsync(new AppealRecognitionDecisionRequest { CaseId = "rc-000000000000000000000000", IdempotencyKey = "a1" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, empty.StatusCode);
        Assert.Equal(["case_id"], Violations(empty));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["page.page_token"], Violations(badToken));
        Assert.Equal(StatusCode.NotFound, watchUnknown.StatusCode);
        Assert.Equal(["grounds"], Violations(noGrounds));

        var submitted = await client.SubmitRecognitionRequestAsync(Request(Key()));
        var notIncomplete = await Assert.ThrowsAsync<RpcException>(() => client.SupplementRecognitionCaseAsync(new SupplementRecognitionCaseRequest
        {
            CaseId = submitted.CaseId,
            IdempotencyKey = "s1",
            Notes = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Transcript." } } },
        }).ResponseAsync);
        var nothingDecided = await Assert.ThrowsAsync<RpcException>(() => client.AppealRecognitionDecisionAsync(new AppealRecognitionDecisionRequest
        {
            CaseId = submitted.CaseId,
            IdempotencyKey = "a1",
            Grounds = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "No decision." } } },
        }).ResponseAsync);
        var withdrawn = await client.WithdrawRecognitionCaseAsync(new WithdrawRecognitionCaseRequest { CaseId = submitted.CaseId });
        var twice = await Assert.ThrowsAsync<RpcException>(() => client.WithdrawRecognitionCaseAsync(new WithdrawRecognitionCaseRequest { CaseId = submitted.CaseId }).ResponseAsync);

        Assert.Equal((StatusCode.FailedPrecondition, "CASE_STATE_CONFLICT"), (notIncomplete.StatusCode, Reason(notIncomplete)));
        Assert.Equal((StatusCode.FailedPrecondition, "CASE_STATE_CONFLICT"), (nothingDecided.StatusCode, Reason(nothingDecided)));
        Assert.Equal(CaseStatus.Withdrawn, withdrawn.Status);
        Assert.Equal((StatusCode.FailedPrecondition, "CASE_STATE_CONFLICT"), (twice.StatusCode, Reason(twice)));
    }

    [Fact]
    public async Task Watching_a_case_streams_its_current_state_then_each_transition_until_it_is_final()
    {
        var client = fixture.University();
        var submitted = await client.SubmitRecognitionRequestAsync(Request(Key()));
        await PollAsync(() => client.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId }).ResponseAsync,
            c => c.Status == CaseStatus.WaitingForPeer);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var call = client.WatchRecognitionCase(new WatchRecognitionCaseRequest { CaseId = submitted.CaseId }, cancellationToken: timeout.Token);

        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        var first = call.ResponseStream.Current;
        Assert.Equal(CaseStatus.WaitingForPeer, first.RecognitionCase.Status);
        Assert.Equal("peer_waiting", first.Entry.Event);

        await client.WithdrawRecognitionCaseAsync(new WithdrawRecognitionCaseRequest { CaseId = submitted.CaseId });
        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal("withdrawn", call.ResponseStream.Current.Entry.Event);
        Assert.Equal(first.Entry.Sequence + 1, call.ResponseStream.Current.Entry.Sequence);
        Assert.False(await call.ResponseStream.MoveNext(timeout.Token));

        using var resumed = client.WatchRecognitionCase(new WatchRecognitionCaseRequest { CaseId = submitted.CaseId, AfterSequence = 1 }, cancellationToken: timeout.Token);
        var events = new List<string>();
        while (await resumed.ResponseStream.MoveNext(timeout.Token))
        {
            events.Add(resumed.ResponseStream.Current.Entry.Event);
        }

        Assert.Equal(["peer_waiting", "withdrawn"], events);
    }

    [Fact]
    public async Task A_watch_the_university_cancels_ends_as_cancelled_while_the_case_still_waits()
    {
        var client = fixture.University();
        var submitted = await client.SubmitRecognitionRequestAsync(Request(Key()));
        await PollAsync(() => client.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId }).ResponseAsync,
            c => c.Status == CaseStatus.WaitingForPeer);
        using var watching = new CancellationTokenSource();
        using var call = client.WatchRecognitionCase(new WatchRecognitionCaseRequest { CaseId = submitted.CaseId }, cancellationToken: watching.Token);
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        // The hub now long polls a case that waits for a peer that never comes: only the cancellation ends the call.
        await watching.CancelAsync();
        var ended = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(StatusCode.Cancelled, ended.StatusCode);
        var read = await client.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = submitted.CaseId });
        Assert.Equal(submitted.CaseId, read.CaseId);
    }

    [Fact]
    public async Task The_rest_mapping_submits_and_reads_a_case()
    {
        using var http = fixture.Hub.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            fixture.Token(new HubTokenRequest("registrar@KZ-KAZNU", HubRoles.Institution, "KZ-KAZNU", null, false)));
        var body = Google.Protobuf.JsonFormatter.Default.Format(Request(Key()));

        using var posted = await http.PostAsync(new Uri("/v1/recognition/cases", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var caseId = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("caseId").GetString();
        using var read = await http.GetAsync(new Uri($"/v1/recognition/cases/{caseId}", UriKind.Relative));
        using var missing = await http.GetAsync(new Uri("/v1/recognition/cases/rc-000000000000000000000000", UriKind.Relative));

        using var invalid = await http.PostAsync(new Uri("/v1/recognition/cases", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("request", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static string Reason(RpcException ex) => ex.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason ?? "";

    internal static string[] Violations(RpcException ex) =>
        [.. ex.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field) ?? []];

    internal static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
