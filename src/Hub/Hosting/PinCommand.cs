using System.CommandLine;
using System.Text.Json;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;

namespace Exchange.Hub.Hosting;

/// <summary>
/// <c>dotnet run --project src/Hub -- pin</c>: prints the federation-file entry that lets a peer trust this hub
/// (hub id, country, endpoint, attestation keys, and the pin of its TLS key unless it runs plaintext). National
/// centres exchange these out of band and review them
/// before adding them to their federation files.
/// </summary>
internal static class PinCommand
{
    public const string Name = "pin";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(IConfiguration configuration, string contentRoot)
    {
        var command = new Command(Name, "Print the federation-file entry that lets a peer trust this hub.");
        command.SetAction(_ => Run(configuration, contentRoot));
        return command;
    }

    private static int Run(IConfiguration configuration, string contentRoot)
    {
        var hub = configuration.GetSection(HubOptions.SectionName).Get<HubOptions>() ?? new HubOptions();
        using var keys = new HubKeyRing(hub.HubId, hub.ResolveKeysFolder(contentRoot));
        using var certificate = hub.Plaintext ? null : Security.Transport.ServerCertificate.LoadFor(hub, contentRoot, TimeProvider.System);
        var tlsKeyPin = certificate is null ? null : Security.Transport.TlsKeyPin.Of(certificate);
        Console.WriteLine(JsonSerializer.Serialize(Entry(hub, keys, tlsKeyPin), Json));
        return 0;
    }

    /// <summary>Every attestation key of the ring with its window, so a peer that pins this hub after a rotation still
    /// verifies what earlier keys attested, and nothing a revoked key signed after its cut-off.</summary>
    /// <param name="tlsKeyPin">The pin of the hub's TLS key (<see cref="Security.Transport.TlsKeyPin"/>); null for a
    /// plaintext development hub.</param>
    public static PeerEntry Entry(HubOptions hub, HubKeyRing keys, string? tlsKeyPin = null) => new(
        keys.HubId, hub.Country, hub.EffectivePublicGrpcEndpoint.ToString().TrimEnd('/'),
        [.. keys.Attestations.Select(k => new KeyEntry(
            k.Entry.KeyId, Convert.ToBase64String(k.Key.ExportSubjectPublicKeyInfo()), k.Entry.NotBefore, k.Entry.ValidUntil))],
        tlsKeyPin is null ? [] : [tlsKeyPin], hub.EffectivePublicWebUrl.AbsoluteUri);
}
