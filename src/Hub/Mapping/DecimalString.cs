using System.Text.RegularExpressions;

namespace Exchange.Hub.Mapping;

/// <summary>The decimal-string convention of common.proto: ^-?[0-9]+(\.[0-9]{1,6})?$.</summary>
public static partial class DecimalString
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    public static string Format(decimal value) => value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
