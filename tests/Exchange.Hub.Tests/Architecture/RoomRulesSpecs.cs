using Exchange.Hub.Hosting;

namespace Exchange.Hub.Tests.Architecture;

/// <summary>
/// The rules of docs/architecture.md ("Rooms of src/Hub") that a type's references can show, checked over the built
/// hub assembly so the map stays true: the gRPC services are a leaf that only the composition root wires, the wire
/// contracts stay at the edges, and the signing primitives depend on nothing of the hub but its bounded cache.
/// </summary>
public sealed class RoomRulesSpecs
{
    private static readonly Type[] HubTypes = [.. typeof(HubOptions).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("Exchange.Hub", StringComparison.Ordinal) == true)];

    [Fact]
    public void Only_the_composition_root_refers_to_the_grpc_services()
    {
        var offending = References(
            from: room => !In(room, "Exchange.Hub.Services") && room != "Exchange.Hub.Hosting",
            to: room => In(room, "Exchange.Hub.Services"));

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("Exchange.Hub.Grains")]
    [InlineData("Exchange.Hub.Persistence")]
    public void Grains_and_persistence_do_not_see_the_wire(string room)
    {
        var offending = References(
            from: r => In(r, room),
            to: r => In(r, "Exchange.Contracts") || In(r, "Exchange.Hub.Mapping") || In(r, "Exchange.Hub.Rpc") || In(r, "Grpc") || In(r, "Exchange.Hub.Services"));

        Assert.Empty(offending);
    }

    [Fact]
    public void The_web_pages_reach_neither_the_database_nor_the_grpc_services()
    {
        // A page calls the grains and ports the gRPC services call, as thin as a service, never around them.
        var offending = References(
            from: r => In(r, "Exchange.Hub.Web"),
            to: r => In(r, "Exchange.Hub.Persistence") || In(r, "Exchange.Hub.Services"));

        Assert.Empty(offending);
    }

    [Fact]
    public void The_shared_mapping_and_rpc_rooms_use_no_federation_or_credential_workflow()
    {
        var offending = References(
            from: r => In(r, "Exchange.Hub.Mapping") || In(r, "Exchange.Hub.Rpc"),
            to: r => In(r, "Exchange.Hub.Federation") || In(r, "Exchange.Hub.Credentials.Issuing") || In(r, "Exchange.Hub.Seed") || In(r, "Exchange.Hub.Hosting.Jobs"));

        Assert.Empty(offending);
    }

    [Fact]
    public void The_signing_primitives_stand_on_the_runtime_and_the_bounded_cache_alone()
    {
        // Caching is a leaf too (a bounded MemoryCache): the imported-key cache of the primitives uses it.
        var offending = References(
            from: r => r == "Exchange.Hub.Signing",
            to: r => In(r, "Exchange") && r != "Exchange.Hub.Signing" && r != "Exchange.Hub.Caching");

        Assert.Empty(offending);
    }

    [Fact]
    public void The_reference_walk_sees_calls_inside_method_bodies()
    {
        // The authorization handler writes its refusals through a static helper it names nowhere in a signature.
        var handler = HubTypes.Single(t => t.Name == "RefusingAuthorizationResultHandler");
        var referenced = HubTypes.Where(t => t == handler || t.DeclaringType == handler).SelectMany(TypeReferences.Of);

        Assert.Contains(referenced, t => t.Name == "RefusalResponse");
    }

    private static List<string> References(Func<string, bool> from, Func<string, bool> to) =>
        [.. HubTypes
            .Where(t => from(t.Namespace!))
            .SelectMany(t => TypeReferences.Of(t).Where(r => r.Namespace is { } room && to(room)).Select(r => $"{t.FullName} -> {r.FullName}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static bool In(string room, string prefix) =>
        room == prefix || room.StartsWith(prefix + ".", StringComparison.Ordinal);
}
