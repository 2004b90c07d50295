namespace Exchange.Hub.Grains;

/// <summary>
/// Grain references by string key. Orleans' <c>GetGrain&lt;T&gt;(key)</c> looks the interface's grain type up again on
/// every call (attribute reflection and type-name formatting), which a hub pays several times per recognition case;
/// here it is looked up once per interface and factory, and each reference is built from the grain id directly.
/// </summary>
public static class KeyedGrains
{
    public static TGrain Keyed<TGrain>(this IGrainFactory grains, string key) where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(grains);
        return TypesOf<TGrain>.Resolved is { } types && ReferenceEquals(types.Factory, grains)
            ? (TGrain)grains.GetGrain(GrainId.Create(types.GrainType, key), types.InterfaceType)
            : TypesOf<TGrain>.Resolve(grains, key);
    }

    private static class TypesOf<TGrain> where TGrain : IGrainWithStringKey
    {
        /// <summary>For the factory seen last: a process normally has one, tests may host several silos.</summary>
        public static volatile Types? Resolved;

        public static TGrain Resolve(IGrainFactory grains, string key)
        {
            var grain = grains.GetGrain<TGrain>(key);
            var reference = (GrainReference)(object)grain;
            Resolved = new Types(grains, reference.GrainId.Type, reference.InterfaceType);
            return grain;
        }
    }

    private sealed record Types(IGrainFactory Factory, GrainType GrainType, GrainInterfaceType InterfaceType);
}
