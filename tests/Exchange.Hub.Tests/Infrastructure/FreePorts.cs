using Exchange.LocalFederation.Launch;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>
/// Loopback ports nobody listens on, so test hubs running in parallel never collide: drawn below the kernel's
/// ephemeral range (see <see cref="LoopbackPorts"/>), and below the local federation's range, and never given out
/// twice in one test run.
/// </summary>
public static class FreePorts
{
    private const int First = 12000;
    private const int Last = 21999;
    private static readonly HashSet<int> Given = [];
    private static readonly Lock Gate = new();

    public static int[] Take(int count)
    {
        lock (Gate)
        {
            return [.. Enumerable.Range(0, count).Select(_ => LoopbackPorts.Pick(First, Last, Given))];
        }
    }
}
