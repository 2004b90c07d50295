namespace Exchange.Hub.Credentials.Publishing;

/// <summary>One entry of a family's status lists, by its global index (see <see cref="StatusFamily"/>); kept with
/// what it stands for (a credential's grain state, a case decision).</summary>
[GenerateSerializer, Immutable, Alias("exchange.StatusEntry")]
public sealed record StatusEntry([property: Id(0)] StatusFamily Family, [property: Id(1)] long Index)
{
    /// <summary>The number of the list the entry is in, from 1.</summary>
    public int ListNumber => checked((int)(Index / BitstringStatusList.MinimumEntries) + 1);

    /// <summary>The entry's position in its list: the credential's <c>statusListIndex</c>.</summary>
    public int Position => (int)(Index % BitstringStatusList.MinimumEntries);
}
