namespace Exchange.Hub.Persistence.Embedded;

/// <summary>Identifies one named state of one grain within one Orleans service.</summary>
internal readonly record struct StateKey(string ServiceId, string StateName, string GrainId);
