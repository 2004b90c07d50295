using System.Net;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>
/// A hub's Orleans ports seen from outside: an Orleans client that reaches them must not be able to call a grain
/// (which would revoke credentials or sign with custodial keys without any token).
/// </summary>
[Collection(PostgresTestGroup.Name)]
public sealed class OrleansPortSpecs(PostgresServer server)
{
    private const string HubId = "hub-ports";
    private static readonly TimeSpan ClientAttempt = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_cluster_mode_hub_opens_no_gateway_and_binds_its_silo_port_to_the_listen_address_only()
    {
        var settings = await ClusterHub("orleans_ports_default");
        await using var hub = await HubProcess.StartAsync(settings);

        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners();
        Assert.DoesNotContain(listeners, l => l.Port == settings.GatewayPort);
        var silo = Assert.Single(listeners, l => l.Port == settings.SiloPort);
        Assert.Equal(IPAddress.Loopback, silo.Address);

        Assert.NotNull(await CallAGrainAsync(settings.GatewayPort, certificate: null));
    }

    [Fact]
    public async Task An_outside_client_without_the_hubs_cluster_certificate_cannot_call_a_grain_at_the_silo_port()
    {
        var settings = await ClusterHub("orleans_ports_silo");
        await using var hub = await HubProcess.StartAsync(settings);
        using var foreign = SelfSignedCertificate();

        Assert.NotNull(await CallAGrainAsync(settings.SiloPort, certificate: null));
        Assert.NotNull(await CallAGrainAsync(settings.SiloPort, foreign));
    }

    [Fact]
    public async Task An_opted_in_gateway_serves_only_clients_holding_the_hubs_cluster_certificate()
    {
        var settings = await ClusterHub("orleans_ports_gateway") with
        {
            Extra = new Dictionary<string, string> { ["Hub__EnableGateway"] = "true" },
        };
        await using var hub = await HubProcess.StartAsync(settings);
        using var foreign = SelfSignedCertificate();
        using var cluster = SiloClusterCertificate.LoadOrCreate(Path.Combine(settings.DataFolder, "keys"), HubId, TimeProvider.System);

        Assert.NotNull(await CallAGrainAsync(settings.GatewayPort, certificate: null));
        Assert.NotNull(await CallAGrainAsync(settings.GatewayPort, foreign));
        Assert.Null(await CallAGrainAsync(settings.GatewayPort, cluster));
    }

    private async Task<HubProcessSettings> ClusterHub(string database) =>
        HubProcessSettings.Fresh(HubId, "KZ") with { Mode = "Cluster", PostgresConnectionString = await server.CreateDatabaseAsync(database) };

    /// <summary>Connects an Orleans client to <paramref name="port"/> on loopback, as an attacker on the hub's network
    /// would, and reads an institution; null when the call went through, else why it did not.</summary>
    private static async Task<Exception?> CallAGrainAsync(int port, X509Certificate2? certificate)
    {
        using var host = new HostBuilder()
            .UseOrleansClient(client =>
            {
                client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, port));
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = HubId;
                    o.ServiceId = HubId;
                });
                if (certificate is not null)
                {
                    client.UseTls(certificate, tls =>
                    {
                        tls.AllowAnyRemoteCertificate();
                        tls.OnAuthenticateAsClient = (_, auth) => auth.TargetHost = SiloClusterCertificate.HostNameOf(HubId);
                    });
                }
            })
            .Build();
        try
        {
            using var timeout = new CancellationTokenSource(ClientAttempt);
            await host.StartAsync(timeout.Token);
            var institution = host.Services.GetRequiredService<IClusterClient>().GetGrain<IInstitutionGrain>("KZ-ANY");
            await institution.GetAsync().WaitAsync(ClientAttempt);
            return null;
        }
        catch (Exception refused)
        {
            return refused;
        }
        finally
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await host.StopAsync(stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={SiloClusterCertificate.HostNameOf(HubId)}", key, HashAlgorithmName.SHA256);
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
    }
}
