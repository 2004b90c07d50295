using System.Globalization;
using System.Resources;
using System.Text;
using Exchange.Adapters.Recognition.Stacking;
using Exchange.Hub.Grains.Recognition.Stacking;

namespace Exchange.Hub.Web.Console;

/// <summary>
/// Renders a stack message (key + arguments) in the reader's language from the rules' catalogue
/// (src/Adapters/Messages/Stack*.resx): the template's <c>{name}</c> placeholders take the named arguments. A key
/// the catalogue lacks is shown in the English the rules wrote.
/// </summary>
public static class StackMessageText
{
    private static readonly ResourceManager Catalogue = new("Exchange.Adapters.Messages.Stack", typeof(StackProgress).Assembly);

    public static (string Text, string Language) Render(CaseStackMessage message, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(culture);
        var template = Catalogue.GetString(message.Key, culture);
        if (template is null)
        {
            return (message.English, "en");
        }

        var english = Catalogue.GetString(message.Key, CultureInfo.InvariantCulture);
        var language = culture.TwoLetterISOLanguageName is "en" or "iv" || string.Equals(template, english, StringComparison.Ordinal)
            ? "en"
            : culture.TwoLetterISOLanguageName;
        return (Fill(template, message.Arguments), language);
    }

    /// <summary>Replaces each <c>{name}</c> with the argument of that name; an unknown name stays as written.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> arguments)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(arguments);
        var result = new StringBuilder(template.Length);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                result.Append(template, at, template.Length - at);
                break;
            }

            result.Append(template, at, open - at);
            var name = template.Substring(open + 1, close - open - 1);
            result.Append(arguments.TryGetValue(name, out var value) ? value : template.Substring(open, close - open + 1));
            at = close + 1;
        }

        return result.ToString();
    }
}
