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

        if (!string.IsNullOrWhiteSpace(options.PublicWebUrl) && !IsWebAddress(options.PublicWebUrl.Trim()))
        {
            failures.Add($"Hub:PublicWebUrl '{options.PublicWebUrl}' must be an absolute http or https URL without query or fragment, e.g. https://exchange.example.ua/.");
        }

        failures.AddRange(TransportFailures(options));
        failures.AddRange(Identity.IdentityOptionsRules.Failures(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>An absolute http(s) address share links can be built on: no query or fragment to append a path to.</summary>
    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;

    // Plaintext must be a deliberate, local choice: an exposed hub without TLS would carry personal data in clear.
    private static IEnumerable<string> TransportFailures(HubOptions options)
    {
        if (options.Plaintext && !Security.Transport.LoopbackAddress.Is(options.ListenAddress))
        {
            yield return $"Hub:Plaintext is for development on loopback only; Hub:ListenAddress '{options.ListenAddress}' is not loopback. Remove Hub:Plaintext to serve TLS.";
        }

        if (options.Plaintext && !string.IsNullOrWhiteSpace(options.TlsCertificateFile))
        {
            yield return "Hub:Plaintext and Hub:TlsCertificateFile contradict each other: choose one.";
        }

        if (string.IsNullOrWhiteSpace(options.TlsCertificateFile) != string.IsNullOrWhiteSpace(options.TlsKeyFile))
        {
            yield return "Hub:TlsCertificateFile and Hub:TlsKeyFile go together: set both or neither.";
        }

        if (Uri.TryCreate(options.PublicGrpcEndpoint, UriKind.Absolute, out var endpoint)
            && endpoint.Scheme != (options.Plaintext ? Uri.UriSchemeHttp : Uri.UriSchemeHttps))
        {
            yield return $"Hub:PublicGrpcEndpoint '{options.PublicGrpcEndpoint}' must use {(options.Plaintext ? "http (Hub:Plaintext is set)" : "https (the hub serves TLS)")}.";
        }
    }
}
