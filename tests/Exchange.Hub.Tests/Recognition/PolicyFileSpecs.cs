using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting.Policy;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Recognition;

public sealed class PolicyFileSpecs
{
    [Theory]
    [InlineData("UA", false)]
    [InlineData("KZ", true)]
    [InlineData("LV", false)]
    public void Each_country_policy_file_loads_into_the_rules_policy(string country, bool commission)
    {
        var policy = PolicyFile.Load(RepositoryRoot.Combine("policy", country + ".json"), country);

        Assert.Equal(country, policy.Rules.Country);
        Assert.Equal(4, policy.Rules.DecisionDeadlineMonths);
        Assert.Equal(commission, policy.CommissionMode);
        Assert.False(string.IsNullOrWhiteSpace(policy.AppealInstructions));
        Assert.False(string.IsNullOrWhiteSpace(policy.AppealBodyName));
    }

    [Fact]
    public void A_policy_for_another_country_stops_the_hub()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => PolicyFile.Load(RepositoryRoot.Combine("policy", "KZ.json"), "UA"));

        Assert.Contains("'KZ'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_knobs_keep_the_adapters_defaults()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "country": "LV", "decisionDeadlineMonths": 2 }""");
        try
        {
            var policy = PolicyFile.Load(path, "LV");

            Assert.Equal(2, policy.Rules.DecisionDeadlineMonths);
            Assert.Equal(0.5m, policy.Rules.MinimumShareForPartial);
            Assert.Empty(policy.Rules.AutomaticRecognitionLists);
            Assert.Equal(0.10m, policy.Rules.WorkloadShortfallTolerance);
            Assert.False(policy.CommissionMode);
            Assert.Equal(TimeSpan.FromDays(7), policy.PeerWaitLimit);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(0, false)]
    [InlineData(366, false)]
    public void The_peer_wait_limit_is_read_in_days_and_an_unbounded_or_empty_one_stops_the_hub(int days, bool accepted)
    {
        var path = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$"""{ "country": "LV", "peerWaitLimitDays": {{days}} }""");
        try
        {
            if (accepted)
            {
                Assert.Equal(TimeSpan.FromDays(days), PolicyFile.Load(path, "LV").PeerWaitLimit);
            }
            else
            {
                Assert.Contains("peerWaitLimitDays", Assert.Throws<InvalidOperationException>(() => PolicyFile.Load(path, "LV")).Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_a_policy_file_the_hub_uses_the_adapters_defaults() =>
        Assert.Equal(Adapters.Recognition.RecognitionPolicy.Defaults("UA"), HubRecognitionPolicy.Defaults("UA").Rules);
}
