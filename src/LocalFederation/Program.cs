using Exchange.LocalFederation;

using var stop = new CancellationTokenSource();
Exchange.LocalFederation.Launch.ChildProcessReaper.Install(stop);
try
{
    return await Commands.RunAsync(args, Console.Out, stop.Token);
}
catch (ArgumentException invalid)
{
    Console.Error.WriteLine(invalid.Message);
    Console.Error.WriteLine(Commands.Usage);
    return 2;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.WriteLine("Stopped; the hubs are stopped too.");
    return 0;
}
