namespace Exchange.Adapters.Common;

/// <summary>ISO 3166-1 alpha-2 codes of the hubs whose national rules the library knows.</summary>
public static class CountryCodes
{
    public const string Ukraine = "UA";
    public const string Kazakhstan = "KZ";
    public const string Latvia = "LV";
}
