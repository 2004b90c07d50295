using System.Globalization;

namespace Exchange.Hub.Web.Learner;

/// <summary>Instants as the learner's pages show them: UTC, the same digits in every language, so a date read on the
/// page is the date the link or the credential ends wherever the reader is.</summary>
public static class LearnerDates
{
    /// <summary>e.g. 2026-12-07.</summary>
    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>e.g. 2026-12-07 09:30 UTC.</summary>
    public static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Machine(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
