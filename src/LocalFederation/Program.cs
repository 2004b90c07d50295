using System.CommandLine;
using Exchange.LocalFederation;

using var stop = new CancellationTokenSource();
Exchange.LocalFederation.Launch.ChildProcessReaper.Install(stop);
var parsed = Commands.Create(Console.Out).Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("See --help.");
    return 2;
}

try
{
    // Ctrl+C and SIGTERM belong to ChildProcessReaper, which stops the hubs; errors are reported as they are.
    return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.WriteLine("Stopped; the hubs are stopped too.");
    return 0;
}
