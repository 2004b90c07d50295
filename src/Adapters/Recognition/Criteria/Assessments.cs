using System.Globalization;
using Exchange.Adapters.Common;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>Builds criterion results so every one carries an English text and a message key with arguments.</summary>
internal static class Assessments
{
    public static CriterionAssessment Make(
        Criterion criterion,
        Finding finding,
        decimal? difference,
        string? unit,
        string messageKey,
        string english,
        params MessageArgument[] arguments) =>
        new(criterion, finding, difference, unit, english, messageKey, arguments);

    public static MessageArgument Arg(string name, object? value) => MessageArgument.Of(name, value);

    public static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
