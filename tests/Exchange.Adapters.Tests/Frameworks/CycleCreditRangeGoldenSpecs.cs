using Exchange.Adapters.Common;
using Exchange.Adapters.Frameworks;

namespace Exchange.Adapters.Tests.Frameworks;

/// <summary>Typical QF-EHEA cycle sizes, reference.md §1.1 and §8 cycle_ects.</summary>
public class CycleCreditRangeGoldenSpecs
{
    [Theory]
    [InlineData(0, 120, 120)]
    [InlineData(1, 180, 240)]
    [InlineData(2, 90, 120)]
    public void Cycles_have_their_typical_ECTS_ranges(int cycle, int min, int max) =>
        Assert.Equal(new DecimalRange(min, max), FrameworkTables.Default.CycleTypicalEcts[cycle]);

    [Fact]
    public void The_third_cycle_has_no_credit_range_and_the_second_needs_60_at_level()
    {
        Assert.Null(FrameworkTables.Default.CycleTypicalEcts[3]);
        Assert.Equal(60, FrameworkTables.Default.SecondCycleMinimumAtLevel);
    }
}
