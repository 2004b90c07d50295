using Exchange.Hub.Tests.Infrastructure;
using Npgsql;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>Two real hub processes of one hub in cluster mode, sharing one PostgreSQL database.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class ClusterModeHubTests(PostgresServer server)
{
    private const int Active = 3;

    [Fact]
    public async Task Two_silos_of_one_hub_form_one_membership_and_a_restarted_silo_rejoins_it()
    {
        var connectionString = await server.CreateDatabaseAsync("cluster_hub_two_silos");
        var first = ClusterSilo(connectionString);
        var second = ClusterSilo(connectionString);

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

            using var http = new HttpClient { BaseAddress = b.HttpAddress };
            Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/health", UriKind.Relative)));
        }
        finally
        {
            await b.DisposeAsync();
        }
    }

    private static HubProcessSettings ClusterSilo(string connectionString) =>
        HubProcessSettings.Fresh("hub-cluster", "KZ") with { Mode = "Cluster", PostgresConnectionString = connectionString };

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
