using System.Globalization;
using Exchange.Hub.Errors;

namespace Exchange.Hub.Mapping.Enums;

/// <summary>
/// What the enum mappings throw when a value has no counterpart: a wire value the hub does not know is the
/// caller's mistake (InvalidArgument); a domain value without a wire value is a bug in the mapping.
/// </summary>
internal static class UnknownEnumValue
{
    public static HubException FromWire<T>(T value)
        where T : struct, Enum =>
        new(ErrorKind.InvalidArgument, "UNKNOWN_ENUM_VALUE",
            string.Create(CultureInfo.InvariantCulture, $"{typeof(T).Name} {value} ({Convert.ToInt32(value, CultureInfo.InvariantCulture)}) has no meaning here."));

    public static ArgumentOutOfRangeException FromDomain<T>(T value)
        where T : struct, Enum =>
        new(nameof(value), value, $"{typeof(T).FullName} {value} has no wire value.");
}
