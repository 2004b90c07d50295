using Exchange.Hub.Web.Sharing;

namespace Exchange.Hub.Tests.Web.Sharing;

/// <summary>A share link: /v/{issuing hub}/{credential id}/{code} on any hub's web address, read back from whatever
/// a person pastes.</summary>
public sealed class ShareLinkSpecs
{
    private static readonly ShareLink Sample = new("hub-ua", "UA-CRED-fdb2b05dc2c3993115b0", "3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD");

    [Fact]
    public void A_link_is_its_three_parts_as_path_segments_on_the_web_base()
    {
        Assert.Equal("/v/hub-ua/UA-CRED-fdb2b05dc2c3993115b0/3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD", Sample.Path);
        Assert.Equal("https://exchange.example.kz/v/hub-ua/UA-CRED-fdb2b05dc2c3993115b0/3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD",
            Sample.On(new Uri("https://exchange.example.kz/")).AbsoluteUri);
    }

    [Theory]
    [InlineData("https://exchange.example.kz")]
    [InlineData("https://exchange.example.kz/")]
    public void A_web_base_with_or_without_its_slash_gives_the_same_link(string webBase) =>
        Assert.Equal("https://exchange.example.kz" + Sample.Path, Sample.On(new Uri(webBase)).AbsoluteUri);

    [Fact]
    public void A_hub_served_below_a_path_keeps_that_path_before_the_link()
    {
        Assert.Equal("https://gov.example.lv/exchange" + Sample.Path, Sample.On(new Uri("https://gov.example.lv/exchange/")).AbsoluteUri);
    }

    [Fact]
    public void Each_part_is_escaped_so_no_part_can_change_the_path_or_start_a_query()
    {
        var awkward = new ShareLink("hub-ua", "UA/CRED ?1", "a#b%c");

        Assert.Equal("/v/hub-ua/UA%2FCRED%20%3F1/a%23b%25c", awkward.Path);
        Assert.True(ShareLink.TryParse(awkward.On(new Uri("https://h.example/")).AbsoluteUri, out var back));
        Assert.Equal(awkward, back);
    }

    [Fact]
    public void A_link_reads_back_as_the_same_three_parts_from_any_host()
    {
        Assert.True(ShareLink.TryParse(Sample.On(new Uri("http://127.0.0.1:5201/")).AbsoluteUri, out var link));
        Assert.Equal(Sample, link);
    }

    [Theory]
    [InlineData("  https://exchange.example.ua/v/hub-ua/UA-CRED-fdb2b05dc2c3993115b0/3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD/ \n")]
    [InlineData("https://exchange.example.ua/v/hub-ua/UA-CRED-fdb2b05dc2c3993115b0/3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD?framework=KZ")]
    [InlineData("HTTPS://EXCHANGE.EXAMPLE.UA/v/hub-ua/UA-CRED-fdb2b05dc2c3993115b0/3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD")]
    [InlineData("https://exchange.example.ua/V/hub-ua/UA-CRED-fdb2b05dc2c3993115b0/3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD")]
    [InlineData("exchange://hub-ua/credentials/UA-CRED-fdb2b05dc2c3993115b0?code=3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD")]
    public void Pasted_links_with_whitespace_a_trailing_slash_a_query_or_in_the_legacy_form_are_read(string pasted)
    {
        Assert.True(ShareLink.TryParse(pasted, out var link));
        Assert.Equal(Sample, link);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD")]
    [InlineData("/v/hub-ua/UA-CRED-1/code")]
    [InlineData("https://exchange.example.ua/")]
    [InlineData("https://exchange.example.ua/v/hub-ua/UA-CRED-1")]
    [InlineData("https://exchange.example.ua/v/hub-ua/UA-CRED-1/code/extra")]
    [InlineData("https://exchange.example.ua/x/hub-ua/UA-CRED-1/code")]
    [InlineData("https://exchange.example.ua/v/hub-ua//code")]
    [InlineData("https://exchange.example.ua/v/hub-ua/UA-CRED-1/%00")]
    [InlineData("ftp://exchange.example.ua/v/hub-ua/UA-CRED-1/code")]
    [InlineData("javascript:alert(1)")]
    [InlineData("exchange://hub-ua/credentials/UA-CRED-1")]
    [InlineData("exchange://hub-ua/credentials/UA-CRED-1?code=")]
    [InlineData("exchange://hub-ua/other/UA-CRED-1?code=abc")]
    public void Anything_else_is_not_a_share_link(string? pasted)
    {
        Assert.False(ShareLink.TryParse(pasted, out var link));
        Assert.Null(link);
    }

    [Fact]
    public void A_link_is_the_API_reference_to_the_shared_credential()
    {
        var reference = Sample.ToReference();

        Assert.Equal(("hub-ua", "UA-CRED-fdb2b05dc2c3993115b0", "3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD"),
            (reference.IssuingHubId, reference.CredentialId, reference.ShareCode));
    }
}
