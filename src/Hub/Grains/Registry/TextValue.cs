namespace Exchange.Hub.Grains.Registry;

/// <summary>One language version of a text a grain searches or shows (BCP 47 tag and the text).</summary>
[GenerateSerializer, Immutable, Alias("exchange.TextValue")]
public sealed record TextValue([property: Id(0)] string Language, [property: Id(1)] string Text)
{
    public static bool AnyContains(IEnumerable<TextValue> texts, string fragment) =>
        string.IsNullOrEmpty(fragment) || texts.Any(t => t.Text.Contains(fragment, StringComparison.OrdinalIgnoreCase));
}
