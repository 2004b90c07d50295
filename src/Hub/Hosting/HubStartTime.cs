namespace Exchange.Hub.Hosting;

/// <summary>When this hub process started, as its clock saw it.</summary>
public sealed record HubStartTime(DateTimeOffset Value);
