namespace Exchange.Hub.Hosting;

/// <summary>How the hub's silo finds its peers and where grain state lives.</summary>
public enum HubMode
{
    /// <summary>One silo, localhost clustering, durable SQLite store under <see cref="HubOptions.DataFolder"/>.</summary>
    Embedded,

    /// <summary>Any number of silos sharing ADO.NET clustering, grain state and reminders on PostgreSQL.</summary>
    Cluster,
}
