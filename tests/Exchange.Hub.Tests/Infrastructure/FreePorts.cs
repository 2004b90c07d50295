using System.Net;
using System.Net.Sockets;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>
/// Loopback ports nobody listens on, so test hubs running in parallel never collide. They are drawn below the
/// kernel's ephemeral range (32768–60999 here): a port the kernel hands out with port 0 can be taken again at once
/// as the source port of some outgoing connection before the hub binds it. Ports given out once are never given
/// out again in this test run.
/// </summary>
public static class FreePorts
{
    private const int First = 12000;
    private const int Last = 21999;
    private static readonly HashSet<int> Given = [];
    private static readonly Lock Gate = new();

    public static int[] Take(int count)
    {
        var ports = new int[count];
        lock (Gate)
        {
            for (var i = 0; i < count; i++)
            {
                ports[i] = Next();
            }
        }

        return ports;
    }

    private static int Next()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var port = Random.Shared.Next(First, Last + 1);
            if (Given.Add(port) && IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {Last}.");
    }

    private static bool IsFree(int port)
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
