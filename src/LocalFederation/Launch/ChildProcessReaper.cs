using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Exchange.LocalFederation.Launch;

/// <summary>
/// Leaves no hub behind: every child still running when the launcher ends (normal end, unhandled exception,
/// SIGTERM, or Ctrl+C after its grace) is killed with its process tree. Only a SIGKILL of the launcher itself
/// bypasses this; each child's PID is in <c>hub.pid</c> in its data folder for that case.
/// </summary>
internal static class ChildProcessReaper
{
    private static readonly HashSet<Process> Children = [];
    private static readonly Lock Gate = new();
    private static PosixSignalRegistration? _sigterm;
    private static PosixSignalRegistration? _sighup;

    public static void Install(CancellationTokenSource stop)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => KillAll();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C asks the launcher to stop its hubs and end; a second one ends at once.
            if (!stop.IsCancellationRequested)
            {
                e.Cancel = true;
                stop.Cancel();
            }
            else
            {
                KillAll();
            }
        };
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        _sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => KillAll());
    }

    public static void Track(Process process)
    {
        lock (Gate)
        {
            Children.Add(process);
        }
    }

    public static void Forget(Process process)
    {
        lock (Gate)
        {
            Children.Remove(process);
        }
    }

    private static void KillAll()
    {
        Process[] children;
        lock (Gate)
        {
            children = [.. Children];
        }

        foreach (var child in children)
        {
            try
            {
                if (!child.HasExited)
                {
                    child.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
