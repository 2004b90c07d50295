using System.CommandLine;
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

    /// <summary>Parses <paramref name="args"/> (beginning with <c>keys</c>) and runs the subcommand.</summary>
    public static int Run(string[] args, IConfiguration configuration, string contentRoot, TimeProvider time) =>
        HubCommandLine.Run(args, new RootCommand { Create(configuration, contentRoot, time) });

    public static Command Create(IConfiguration configuration, string contentRoot, TimeProvider time)
    {
        var which = new Option<string>("--which") { Description = "the key to rotate", Required = true };
        which.AcceptOnlyFromAmong("attestation", "tokens");
        var rotate = new Command("rotate", "Add a new key of one kind; the current one stays valid through the hand-over.") { which };
        rotate.SetAction(parsed => Change(configuration, contentRoot, (hub, folder) =>
        {
            var kind = parsed.GetRequiredValue(which) == "attestation" ? HubKeyKind.Attestation : HubKeyKind.Tokens;
            var now = time.GetUtcNow();
            return KeyRingChanges.Rotate(KeyRingFile.Load(hub.HubId, folder), kind, NewKey(hub.HubId, folder, kind, now), now);
        }));

        var keyId = new Option<string>("--key-id") { Description = "the compromised key", Required = true };
        var cutOffOption = new Option<string>("--cut-off") { Description = "UTC instant from which its signatures are refused, e.g. 2026-12-01T00:00:00Z", Required = true };
        var reason = new Option<string>("--reason") { Description = "why it is revoked", DefaultValueFactory = _ => "compromised" };
        var revoke = new Command("revoke", "Revoke a key from a cut-off and replace it.") { keyId, cutOffOption, reason };
        revoke.SetAction(parsed => Change(configuration, contentRoot, (hub, folder) =>
        {
            var cutOff = DateTimeOffset.Parse(parsed.GetRequiredValue(cutOffOption), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            var at = time.GetUtcNow();
            return KeyRingChanges.Revoke(KeyRingFile.Load(hub.HubId, folder), parsed.GetRequiredValue(keyId), cutOff,
                parsed.GetRequiredValue(reason), k => NewKey(hub.HubId, folder, k, at), at);
        }));

        var list = new Command("list", "Print the key ring.");
        list.SetAction(_ => Change(configuration, contentRoot, null));
        return new Command(Name, "Change the hub's key ring in its keys folder.") { list, rotate, revoke };
    }

    /// <summary>Prints the ring after <paramref name="change"/> (saved), or as it is when there is none.</summary>
    private static int Change(IConfiguration configuration, string contentRoot, Func<HubOptions, string, KeyRingDocument>? change)
    {
        var hub = configuration.GetSection(HubOptions.SectionName).Get<HubOptions>() ?? new HubOptions();
        var folder = hub.ResolveKeysFolder(contentRoot);
        try
        {
            if (change is null)
            {
                Print(KeyRingFile.Load(hub.HubId, folder));
                return 0;
            }

            return Save(folder, change(hub, folder));
        }
        catch (Exception failed) when (failed is InvalidOperationException or InvalidDataException or FormatException)
        {
            Console.Error.WriteLine(failed.Message);
            return HubCommandLine.UsageError;
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
}
