using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;

namespace Exchange.Hub.Hosting;

/// <summary>
/// <c>dotnet run --project src/Hub -- token --role officer --subject o.petrenko [--institution UA-KNU]
/// [--learner L-1] [--commission] [--hours 8]</c>: prints a bearer token for this hub's local API, signed with the
/// hub's token key (the same configuration, so the same key folder, as the hub itself).
/// </summary>
internal static class TokenCommand
{
    public const string Name = "token";

    public static int Run(string[] args, IConfiguration configuration, string contentRoot, TimeProvider time)
    {
        var hub = configuration.GetSection(HubOptions.SectionName).Get<HubOptions>() ?? new HubOptions();
        var options = Parse(args);
        if (!options.TryGetValue("--role", out var role) || !options.TryGetValue("--subject", out var subject))
        {
            Console.Error.WriteLine("usage: token --role admin|institution|officer|learner --subject ID [--institution ID] [--learner ID] [--commission] [--hours N]");
            return 2;
        }

        using var keys = new HubKeyRing(hub.HubId, hub.ResolveKeysFolder(contentRoot));
        var lifetime = options.TryGetValue("--hours", out var hours)
            ? TimeSpan.FromHours(double.Parse(hours, System.Globalization.CultureInfo.InvariantCulture))
            : HubTokenIssuer.DefaultLifetime;
        try
        {
            var token = new HubTokenIssuer(keys, time).Issue(new HubTokenRequest(
                subject, role, options.GetValueOrDefault("--institution"), options.GetValueOrDefault("--learner"),
                options.ContainsKey("--commission"), lifetime));
            Console.WriteLine(token);
            return 0;
        }
        catch (ArgumentException invalid)
        {
            Console.Error.WriteLine(invalid.Message);
            return 2;
        }
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i]] = hasValue ? args[++i] : "true";
        }

        return options;
    }
}
