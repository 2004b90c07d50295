using System.Numerics;

namespace Exchange.Adapters.Text;

internal static class Bits
{
    public static int Count(ReadOnlySpan<ulong> mask)
    {
        var count = 0;
        foreach (var word in mask)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    public static int CountShared(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            count += BitOperations.PopCount(a[i] & b[i]);
        }

        return count;
    }
}
