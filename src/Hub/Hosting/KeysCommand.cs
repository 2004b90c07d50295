using System.Globalization;
using Exchange.Hub.Signing.KeyRing;

namespace Exchange.Hub.Hosting;

/// <summary>
/// <c>dotnet run --project src/Hub -- keys list | keys rotate --which attestation|tokens | keys revoke --key-id ID
/// --cut-off DATE [--reason TEXT]</c>: changes the hub's key ring in its keys folder (the same configuration, so the
/// same folder, as the hub). New keys get new PEM files; earlier keys' files stay, because what they signed must
/// still verify. Every silo reads the ring when it starts: restart them all after a change (within
/// <see cref="KeyRingChanges.Handover"/> of a rotation).
/// </summary>
internal static class KeysCommand
{
    public const string Name = "keys";

    private const string Usage = "usage: keys list | keys rotate --which attestation|tokens | keys revoke --key-id ID --cut-off 2026-12-01T00:00:00Z [--reason TEXT]";

    public static int Run(string[] args, IConfiguration configuration, string contentRoot, TimeProvider time)
    {
        var hub = configuration.GetSection(HubOptions.SectionName).Get<HubOptions>() ?? new HubOptions();
        var folder = hub.ResolveKeysFolder(contentRoot);
        var options = Options(args);
        try
        {
            switch (args.Length > 1 ? args[1] : "")
            {
                case "list":
                    Print(KeyRingFile.Load(hub.HubId, folder));
                    return 0;
                case "rotate" when options.GetValueOrDefault("--which") is "attestation" or "tokens":
                    var kind = options["--which"] == "attestation" ? HubKeyKind.Attestation : HubKeyKind.Tokens;
                    var now = time.GetUtcNow();
                    var rotated = KeyRingChanges.Rotate(KeyRingFile.Load(hub.HubId, folder), kind, NewKey(hub.HubId, folder, kind, now), now);
                    return Save(folder, rotated);
                case "revoke" when options.TryGetValue("--key-id", out var keyId) && options.TryGetValue("--cut-off", out var cutOffText):
                    var cutOff = DateTimeOffset.Parse(cutOffText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                    var at = time.GetUtcNow();
                    var revoked = KeyRingChanges.Revoke(KeyRingFile.Load(hub.HubId, folder), keyId, cutOff,
                        options.GetValueOrDefault("--reason") ?? "compromised", k => NewKey(hub.HubId, folder, k, at), at);
                    return Save(folder, revoked);
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (Exception failed) when (failed is InvalidOperationException or InvalidDataException or FormatException)
        {
            Console.Error.WriteLine(failed.Message);
            return 2;
        }
    }

    /// <summary>A new private key in its own file; its id is derived from it like the first key's.</summary>
    private static HubKeyEntry NewKey(string hubId, string folder, HubKeyKind kind, DateTimeOffset now)
    {
        var file = $"{(kind == HubKeyKind.Attestation ? "hub-attestation" : "token-signing")}-{now:yyyyMMddTHHmmss}-{Guid.NewGuid().ToString("N")[..8]}.pem";
        using var key = KeyFile.LoadOrCreate(Path.Combine(folder, file));
        return new HubKeyEntry(KeyFile.KeyIdOf(KeyRingFile.OwnerOf(hubId, kind), key), file, HubKeyStatus.Active, now);
    }

    private static int Save(string folder, KeyRingDocument ring)
    {
        KeyRingFile.Save(folder, ring);
        Print(ring);
        Console.WriteLine("Restart every silo of this hub to use the changed key ring.");
        return 0;
    }

    private static void Print(KeyRingDocument ring)
    {
        foreach (var (kind, key) in ring.Attestation.Select(k => ("attestation", k)).Concat(ring.Tokens.Select(k => ("tokens", k))))
        {
            Console.WriteLine(string.Join('\t', kind, key.KeyId, key.Status.ToString().ToLowerInvariant(),
                $"from {key.NotBefore:O}", key.NotAfter is { } until ? $"until {until:O}" : "",
                key.RevokedAt is { } cutOff ? $"cut-off {cutOff:O}" : "", key.File));
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i < args.Length; i++)
        {
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i]] = hasValue ? args[++i] : "true";
        }

        return options;
    }
}
