using Exchange.Hub.Hosting;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
if (HubCommandLine.Names(args))
{
    return HubCommandLine.Run(args, builder.Configuration, builder.Environment.ContentRootPath, TimeProvider.System);
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
