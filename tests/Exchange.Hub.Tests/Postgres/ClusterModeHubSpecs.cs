using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Durability;
using Exchange.Hub.Tests.Infrastructure;
using Grpc.Core;
using Npgsql;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>Two real hub processes of one hub in cluster mode, sharing one PostgreSQL database.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class ClusterModeHubSpecs(PostgresServer server)
{
    private const int Active = 3;

    [Fact]
    public async Task Two_silos_of_one_hub_form_one_membership_and_a_restarted_silo_rejoins_it()
    {
        var connectionString = await server.CreateDatabaseAsync("cluster_hub_two_silos");
        var first = ClusterSilo(connectionString);
        // Silos talk mutual TLS with the hub's cluster certificate, which they share through the keys folder.
        var second = ClusterSilo(connectionString) with { KeysFolder = Path.Combine(first.DataFolder, "keys") };

        await using var a = await HubProcess.StartAsync(first);
        var b = await HubProcess.StartAsync(second);
        try
        {
            Assert.Contains("Cluster mode", a.Output, StringComparison.Ordinal);
            Assert.Contains("PostgreSQL schema version", a.Output, StringComparison.Ordinal);
            await WaitForActiveSilos(connectionString, 2);

            await b.StopAsync();
            await b.DisposeAsync();
            b = await HubProcess.StartAsync(second);
            await WaitForActiveSilos(connectionString, 2);

            using var http = b.CreateHttpClient();
            Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/health", UriKind.Relative)));
        }
        finally
        {
            await b.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_silo_without_the_hubs_cluster_certificate_does_not_join_its_cluster()
    {
        var connectionString = await server.CreateDatabaseAsync("cluster_hub_foreign_silo");
        var member = ClusterSilo(connectionString);
        // Same hub id, database and cluster id: everything but the keys folder, so another cluster certificate.
        var foreign = ClusterSilo(connectionString);
        await using var a = await HubProcess.StartAsync(member);
        await WaitForActiveSilos(connectionString, 1);

        HubProcess? b = null;
        try
        {
            b = await HubProcess.StartAsync(foreign);
        }
        catch (Exception refused) when (refused is InvalidOperationException or TimeoutException)
        {
            // The foreign silo gave up joining: the member refused its connections.
        }

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.Equal(1, await ActiveSilosAsync(connectionString));
        }
        finally
        {
            if (b is not null)
            {
                await b.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task When_a_silo_dies_with_cases_in_flight_every_acknowledged_case_finishes_on_the_other()
    {
        const string university = "KZ-CLUSTER-UNIVERSITY";
        var connectionString = await server.CreateDatabaseAsync("cluster_hub_failover");
        var first = ClusterSilo(connectionString);
        var second = ClusterSilo(connectionString) with { KeysFolder = Path.Combine(first.DataFolder, "keys") };
        await using var survivor = await HubProcess.StartAsync(second with { });
        var doomed = await HubProcess.StartAsync(first);
        await WaitForActiveSilos(connectionString, 2);

        var acknowledged = new Dictionary<string, string>();
        using (var channel = doomed.CreateChannel(doomed.Token(new HubTokenRequest("registrar", HubRoles.Institution, university))))
        {
            var client = new RecognitionService.RecognitionServiceClient(channel);
            for (var i = 0; i < 40; i++)
            {
                var key = $"failover-{i}";
                var created = await client.SubmitRecognitionRequestAsync(RecognitionRequests.ForCourse(university, key, "hub-cluster"));
                acknowledged[key] = created.CaseId;
            }
        }

        await doomed.KillAsync();
        await doomed.DisposeAsync();

        using var after = survivor.CreateChannel(survivor.Token(new HubTokenRequest("registrar", HubRoles.Institution, university)));
        var reader = new RecognitionService.RecognitionServiceClient(after);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        foreach (var (key, caseId) in acknowledged)
        {
            RecognitionCase? stored = null;
            while (stored is null || stored.Status is CaseStatus.Received)
            {
                Assert.True(DateTime.UtcNow < deadline, $"Case {caseId} did not finish on the surviving silo (last status {stored?.Status}).");
                try
                {
                    stored = await reader.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = caseId }, deadline: DateTime.UtcNow.AddSeconds(10));
                }
                catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal)
                {
                    // The dead silo's grains come back once membership has declared it dead.
                }

                if (stored is null || stored.Status is CaseStatus.Received)
                {
                    await Task.Delay(250);
                }
            }

            Assert.Equal(key, stored.Request.IdempotencyKey);
            Assert.Equal(university, stored.Request.RequesterInstitutionId);
            Assert.NotEmpty(stored.Journal);
        }
    }

    private static HubProcessSettings ClusterSilo(string connectionString) =>
        HubProcessSettings.Fresh("hub-cluster", "KZ") with { Mode = "Cluster", PostgresConnectionString = connectionString };

    private static async Task<long> ActiveSilosAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = 'hub-cluster' AND Status = @active", connection);
        command.Parameters.AddWithValue("active", Active);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitForActiveSilos(string connectionString, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        long active = 0;
        while (DateTime.UtcNow < deadline)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = 'hub-cluster' AND Status = @active", connection);
            command.Parameters.AddWithValue("active", Active);
            active = (long)(await command.ExecuteScalarAsync())!;
            if (active == expected)
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"Expected {expected} active silos of hub-cluster, found {active}.");
    }
}
