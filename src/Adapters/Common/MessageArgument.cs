using System.Globalization;

namespace Exchange.Adapters.Common;

/// <summary>A named value that a client substitutes into a localised message template.</summary>
public sealed record MessageArgument(string Name, string Value)
{
    /// <summary>An argument from a plain value: numbers and ranges in the invariant culture, decimals without trailing zeros.</summary>
    public static MessageArgument Of(string name, object? value) =>
        new(name, value switch
        {
            null => "",
            decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        });

    public static IReadOnlyDictionary<string, string> ToMap(IEnumerable<MessageArgument> arguments)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            map.TryAdd(argument.Name, argument.Value);
        }

        return map;
    }
}
