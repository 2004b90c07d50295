namespace Exchange.Hub.Web.Console;

/// <summary>How a case's deadline stands; the console shows each with a word and a symbol, never colour alone.</summary>
public enum DeadlineState
{
    None,
    OnTime,
    DueSoon,
    Overdue,
}

/// <summary>A deadline as the console shows it: the date, where it stands, and the whole days left (negative: overdue).</summary>
public sealed record DeadlineView(DateTimeOffset? At, DeadlineState State, int? DaysLeft)
{
    /// <summary>A week's notice: an officer planning the week sees what falls due in it.</summary>
    public static readonly TimeSpan DueSoonWithin = TimeSpan.FromDays(7);

    public static DeadlineView Of(DateTimeOffset? deadline, bool overdue, DateTimeOffset now)
    {
        if (deadline is not { } at)
        {
            return new DeadlineView(null, overdue ? DeadlineState.Overdue : DeadlineState.None, null);
        }

        var days = (int)Math.Floor((at - now).TotalDays);
        var state = overdue || now > at ? DeadlineState.Overdue
            : at - now <= DueSoonWithin ? DeadlineState.DueSoon
            : DeadlineState.OnTime;
        return new DeadlineView(at, state, days);
    }
}
