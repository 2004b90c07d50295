namespace Exchange.Hub.Grains.Registry;

/// <summary>Key of the hub-wide directory grains: one hub per Orleans service, so a constant is enough.</summary>
public static class RegistryDirectory
{
    public const string Key = "hub";
}
