namespace Exchange.Hub.Hosting;

/// <summary>Names shared by grains and the hosting code that registers their providers.</summary>
public static class HubStorage
{
    /// <summary>The grain storage every grain of the hub persists to (SQLite when embedded, PostgreSQL in a cluster).</summary>
    public const string Name = "exchange";
}
