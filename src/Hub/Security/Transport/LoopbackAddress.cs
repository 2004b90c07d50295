using System.Net;

namespace Exchange.Hub.Security.Transport;

/// <summary>Whether a host name or address stays on this machine: the only place plaintext traffic is allowed.</summary>
public static class LoopbackAddress
{
    public static bool Is(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
