namespace Exchange.Hub.Grains.Issuing;

/// <summary>The hub's limits on share grants.</summary>
public static class ShareGrantPolicy
{
    /// <summary>A grant lives at most this long (issuing.proto: "within the hub's maximum").</summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(90);
}
