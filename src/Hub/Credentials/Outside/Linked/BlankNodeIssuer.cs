namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>Issues blank node labels _:b0, _:b1, … in the order met, the same label again for the same old one.</summary>
internal sealed class BlankNodeIssuer
{
    private readonly Dictionary<string, string> issued = new(StringComparer.Ordinal);
    private int counter;

    public string Issue(string? old = null)
    {
        if (old is not null && issued.TryGetValue(old, out var label))
        {
            return label;
        }

        label = "_:b" + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        counter++;
        if (old is not null)
        {
            issued[old] = label;
        }

        return label;
    }
}
