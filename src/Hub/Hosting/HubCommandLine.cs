using System.CommandLine;

namespace Exchange.Hub.Hosting;

/// <summary>
/// The hub's own commands (<c>token</c>, <c>keys</c>, <c>pin</c>), parsed by System.CommandLine, which also answers
/// <c>--help</c> for each. Without a command the hub starts and its arguments are configuration, as for any
/// ASP.NET Core host; so only arguments that begin with a command's name are parsed here.
/// </summary>
internal static class HubCommandLine
{
    /// <summary>What a refused command line exits with (the commands' own refusals use it too).</summary>
    public const int UsageError = 2;

    public static bool Names(IReadOnlyList<string> args) =>
        args.Count > 0 && args[0] is TokenCommand.Name or KeysCommand.Name or PinCommand.Name;

    public static int Run(string[] args, IConfiguration configuration, string contentRoot, TimeProvider time) =>
        Run(args, new RootCommand("Commands of the Exchange hub; without one, the hub starts.")
        {
            TokenCommand.Create(configuration, contentRoot, time),
            KeysCommand.Create(configuration, contentRoot, time),
            PinCommand.Create(configuration, contentRoot),
        });

    /// <summary>Parses and runs; a line that does not parse is refused with its errors and exit code 2, as before.</summary>
    public static int Run(string[] args, RootCommand root)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }

            Console.Error.WriteLine($"See '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))} --help'.");
            return UsageError;
        }

        return parsed.Invoke();
    }
}
