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

    public static MessageArgument Arg(string name, object? value) =>
        new(name, value switch
        {
            null => "",
            decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        });

    public static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
