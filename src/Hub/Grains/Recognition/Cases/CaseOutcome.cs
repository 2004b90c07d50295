namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>What a command did to a case and what its one write needs.</summary>
/// <param name="Changed">The state changed and has to be written.</param>
/// <param name="ToProcess">The case is (again) received: its index row goes before the write, so a restarted hub finds
/// every case whose state was written, and its credentials are to be fetched and processed.</param>
public readonly record struct CaseOutcome(bool Changed, bool ToProcess)
{
    public static CaseOutcome Unchanged => default;

    public static CaseOutcome Saved => new(true, false);

    public static CaseOutcome Received => new(true, true);
}
