namespace Exchange.LocalFederation.Launch;

/// <summary>
/// Memorable ports (UA 5100, KZ 5200, LV 5300 for gRPC, +1 for REST) when they are all free, so the printed
/// commands are easy to type; otherwise, or when asked, free ports below the kernel's ephemeral range (a port
/// handed out by the kernel can be taken again at once as the source port of an outgoing connection).
/// </summary>
internal static class PortPlan
{
    private const int FirstRandom = 22000;
    private const int LastRandom = 31999;

    public static IReadOnlyList<HubPorts> For(int hubs, bool preferMemorable)
    {
        if (preferMemorable)
        {
            var memorable = Enumerable.Range(0, hubs)
                .Select(i => new HubPorts(5100 + (i * 100), 5101 + (i * 100), 11111 + i, 30000 + i))
                .ToList();
            if (memorable.All(p => LoopbackPorts.IsFree(p.Grpc) && LoopbackPorts.IsFree(p.Http) && LoopbackPorts.IsFree(p.Silo) && LoopbackPorts.IsFree(p.Gateway)))
            {
                return memorable;
            }
        }

        var taken = new HashSet<int>();
        return [.. Enumerable.Range(0, hubs).Select(_ => new HubPorts(Next(taken), Next(taken), Next(taken), Next(taken)))];
    }

    private static int Next(HashSet<int> taken) => LoopbackPorts.Pick(FirstRandom, LastRandom, taken);
}
