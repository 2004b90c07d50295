using Exchange.Hub.Grains.Recognition;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>Multilingual texts between the contracts and the case's domain records.</summary>
internal static class Texts
{
    public static List<LocalText> From(V1.MultilingualText? text) =>
        text is null ? [] : [.. text.Values.Where(v => !string.IsNullOrWhiteSpace(v.Text)).Select(v => new LocalText(v.Language, v.Text))];

    public static V1.MultilingualText To(IEnumerable<LocalText> texts)
    {
        var result = new V1.MultilingualText();
        result.Values.AddRange(texts.Select(t => new V1.LocalizedText { Language = t.Language, Text = t.Text }));
        return result;
    }

    public static V1.MultilingualText English(string text) => To(string.IsNullOrEmpty(text) ? [] : [new LocalText("en", text)]);

    public static string? First(V1.MultilingualText? text) => text?.Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v.Text))?.Text;

    public static bool IsBlank(V1.MultilingualText? text) => First(text) is null;
}
