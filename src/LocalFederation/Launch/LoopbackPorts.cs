using System.Net;
using System.Net.Sockets;

namespace Exchange.LocalFederation.Launch;

/// <summary>
/// Free loopback ports drawn at random from a range below the kernel's ephemeral range (32768–60999 here): a port
/// the kernel hands out with port 0 can be taken again at once as the source port of an outgoing connection before
/// a hub binds it. Shared as source with the tests' port allocator, which draws from another range.
/// </summary>
internal static class LoopbackPorts
{
    /// <summary>A port in [first, last] not in <paramref name="taken"/> (which it is added to) and free now.</summary>
    public static int Pick(int first, int last, HashSet<int> taken)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var port = Random.Shared.Next(first, last + 1);
            if (taken.Add(port) && IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {first} and {last}.");
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
