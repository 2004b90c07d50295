using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Inbound;
using Exchange.Hub.Federation.Institutions;
using Exchange.Hub.Federation.Outbound;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting;
using Exchange.Hub.Hosting.Jobs;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Federation;

internal static class FederationRegistration
{
    public static IServiceCollection AddFederation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PeerResilienceOptions>().Bind(configuration.GetSection("Hub:Federation:Resilience"));
        services.AddSingleton(sp => PeerDirectory.FromFederationFile(
            sp.GetRequiredService<IOptions<HubOptions>>().Value, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<OwnDescriptor>();
        services.AddSingleton<PeerCallPipelines>();
        services.AddSingleton<PeerClients>();
        services.AddSingleton<IPeerCredentialCalls, GrpcPeerCredentialCalls>();
        services.AddSingleton<PeerCredentialFetcher>();
        services.AddSingleton<IPeerMessageSender, GrpcPeerMessageSender>();
        services.AddFederatedTrust();
        services.AddSingleton(sp => new NonceReplayGuard(
            2 * TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<HubOptions>>().Value.FederationClockSkewSeconds),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<HubStartTime>().Value));
        services.AddSingleton<FederationAuthInterceptor>();
        services.AddSingleton<IPeerDecisionOutbox, PeerDecisionOutbox>();
        services.AddSingleton<RecognitionDecisionReceiver>();
        services.AddSingleton<PeerDeliveryReceiver>();
        services.AddSingleton<PeerCredentialFetches>();
        services.AddSingleton<PeerCredentialCases>();
        services.AddSingleton<CredentialCasesAbroad>();
        services.AddSingleton<WaitingCasesWakeUp>();
        services.AddSingleton<DescriptorAdoption>();
        services.AddSingleton<PeerStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<PeerStartup>());
        return services;
    }
}
