using Exchange.Adapters.Common;

namespace Exchange.Adapters.Frameworks;

/// <summary>An EQF level expressed in a host framework; <see cref="HostLevel"/> is null when the host has no partner level.</summary>
public sealed record HostLevelMapping(int EqfLevel, LevelClaim? HostLevel, Provenance Provenance, string Explanation);
