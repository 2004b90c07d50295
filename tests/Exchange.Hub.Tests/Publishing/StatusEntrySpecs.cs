using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Tests.Registry;

namespace Exchange.Hub.Tests.Publishing;

/// <summary>Where an entry lives and how a credential points at it.</summary>
public sealed class StatusEntrySpecs
{
    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(131_071, 1, 131_071)]
    [InlineData(131_072, 2, 0)]
    [InlineData(262_167, 3, 23)]
    public void Global_index_i_is_in_list_i_div_131072_plus_1_at_position_i_mod_131072(long index, int list, int position)
    {
        var entry = new StatusEntry(StatusFamily.Credentials, index);

        Assert.Equal((list, position), (entry.ListNumber, entry.Position));
    }

    [Fact]
    public void A_credential_points_at_its_bit_with_a_BitstringStatusListEntry_for_revocation()
    {
        var lists = new StatusLists(null!, RegistryCluster.PublishingIssuer);

        var status = lists.CredentialStatus(new StatusEntry(StatusFamily.Decisions, 131_072 + 23));

        Assert.Equal(
            """{"id":"https://hub-ua.example/status/decisions/2#23","type":"BitstringStatusListEntry","statusPurpose":"revocation","statusListIndex":"23","statusListCredential":"https://hub-ua.example/status/decisions/2"}""",
            status.ToJsonString());
    }

    [Theory]
    [InlineData("credentials", StatusFamily.Credentials)]
    [InlineData("decisions", StatusFamily.Decisions)]
    public void A_family_is_named_in_urls_as_it_is_parsed(string name, StatusFamily family)
    {
        Assert.Equal(name, StatusFamilies.Name(family));
        Assert.True(StatusFamilies.TryParse(name, out var parsed));
        Assert.Equal(family, parsed);
    }

    [Theory]
    [InlineData("Credentials")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_family(string? name)
    {
        Assert.False(StatusFamilies.TryParse(name, out _));
    }
}
