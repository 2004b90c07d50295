using System.CommandLine;
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

    public static Command Create(IConfiguration configuration, string contentRoot, TimeProvider time)
    {
        var role = new Option<string>("--role") { Description = "admin, institution, officer or learner", Required = true };
        var subject = new Option<string>("--subject") { Description = "who the token names (sub)", Required = true };
        var institution = new Option<string?>("--institution") { Description = "the institution an institution or officer token acts for" };
        var learner = new Option<string?>("--learner") { Description = "the learner a learner token belongs to" };
        var commission = new Option<bool>("--commission") { Description = "an officer who may vote in a commission" };
        var hours = new Option<double?>("--hours") { Description = "lifetime in hours (default: the issuer's)" };
        var command = new Command(Name, "Print a bearer token for this hub's local API.")
        {
            role, subject, institution, learner, commission, hours,
        };
        command.SetAction(parsed =>
        {
            var hub = configuration.GetSection(HubOptions.SectionName).Get<HubOptions>() ?? new HubOptions();
            using var keys = new HubKeyRing(hub.HubId, hub.ResolveKeysFolder(contentRoot));
            var lifetime = parsed.GetValue(hours) is { } h ? TimeSpan.FromHours(h) : HubTokenIssuer.DefaultLifetime;
            try
            {
                Console.WriteLine(new HubTokenIssuer(keys, time).Issue(new HubTokenRequest(
                    parsed.GetRequiredValue(subject), parsed.GetRequiredValue(role), parsed.GetValue(institution),
                    parsed.GetValue(learner), parsed.GetValue(commission), lifetime)));
                return 0;
            }
            catch (ArgumentException invalid)
            {
                Console.Error.WriteLine(invalid.Message);
                return HubCommandLine.UsageError;
            }
        });
        return command;
    }
}
