using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
if (args.Length > 0 && args[0] == TokenCommand.Name)
{
    return TokenCommand.Run(args, builder.Configuration, builder.Environment.ContentRootPath, TimeProvider.System);
}

if (args.Length > 0 && args[0] == KeysCommand.Name)
{
    return KeysCommand.Run(args, builder.Configuration, builder.Environment.ContentRootPath, TimeProvider.System);
}

if (args.Length > 0 && args[0] == PinCommand.Name)
{
    return PinCommand.Run(builder.Configuration, builder.Environment.ContentRootPath);
}

try
{
    builder.AddExchangeHub();
}
catch (OptionsValidationException invalid)
{
    // A configuration mistake is the operator's to fix: say what is wrong, not where in our code we noticed.
    Console.Error.WriteLine("The hub cannot start, its configuration is invalid:");
    foreach (var failure in invalid.Failures)
    {
        Console.Error.WriteLine($"  - {failure}");
    }

    return 2;
}

var app = builder.Build();
app.MapExchangeHub();
await app.RunAsync();
return 0;

/// <summary>Entry point; visible to tests that host the hub in-process.</summary>
public partial class Program;
