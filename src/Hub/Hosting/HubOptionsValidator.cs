using Microsoft.Extensions.Options;

namespace Exchange.Hub.Hosting;

/// <summary>Cross-field rules the data annotations cannot express; checked at start so a bad setting fails fast.</summary>
internal sealed class HubOptionsValidator : IValidateOptions<HubOptions>
{
    public ValidateOptionsResult Validate(string? name, HubOptions options)
    {
        var failures = new List<string>();
        if (options.Mode == HubMode.Cluster && string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            failures.Add("Hub:PostgresConnectionString is required when Hub:Mode is Cluster.");
        }

        if (options.GrpcPort != 0 && options.GrpcPort == options.HttpPort)
        {
            failures.Add("Hub:GrpcPort and Hub:HttpPort must differ: gRPC needs an HTTP/2-only port.");
        }

        if (!System.Net.IPAddress.TryParse(options.ListenAddress, out _) && options.ListenAddress != "localhost")
        {
            failures.Add($"Hub:ListenAddress '{options.ListenAddress}' is not an IP address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
