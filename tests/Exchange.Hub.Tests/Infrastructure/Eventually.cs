namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>Polls a condition until it holds or a deadline passes: tests wait for asynchronous work without
/// sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(25);
        }
    }

    public static Task True(Func<bool> condition, TimeSpan timeout, string failure) =>
        True(() => Task.FromResult(condition()), timeout, failure);
}
