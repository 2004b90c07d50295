using Exchange.Hub.Web.Sharing;

namespace Exchange.Hub.Tests.Web.Sharing;

/// <summary>What the log redaction masks: the code segment of a share link's path, plain or escaped inside a query,
/// and the code parameter of legacy links; the hub and credential ids stay readable.</summary>
public sealed class ShareCodeTextSpecs
{
    [Theory]
    [InlineData("Request starting HTTP/1.1 GET https://127.0.0.1:5101/v/hub-ua/UA-CRED-1/s3cr3tC0de - - -",
        "Request starting HTTP/1.1 GET https://127.0.0.1:5101/v/hub-ua/UA-CRED-1/[redacted] - - -")]
    [InlineData("/v/hub-ua/UA-CRED-1/s3cr3tC0de/", "/v/hub-ua/UA-CRED-1/[redacted]/")]
    [InlineData("/v/hub-ua/UA-CRED-1/s3cr3tC0de?framework=KZ", "/v/hub-ua/UA-CRED-1/[redacted]?framework=KZ")]
    [InlineData("?link=https%3A%2F%2Fh.example%2Fv%2Fhub-ua%2FUA-CRED-1%2Fs3cr3tC0de", "?link=https%3A%2F%2Fh.example%2Fv%2Fhub-ua%2FUA-CRED-1%2F[redacted]")]
    [InlineData("redirecting to /v/hub-ua/UA-CRED-1/s3cr3tC0de.", "redirecting to /v/hub-ua/UA-CRED-1/[redacted]")]
    [InlineData("Request starting HTTP/1.1 GET http://h/V/hub-ua/UA-CRED-1/s3cr3tC0de", "Request starting HTTP/1.1 GET http://h/V/hub-ua/UA-CRED-1/[redacted]")]
    [InlineData("exchange://hub-ua/credentials/UA-CRED-1?code=s3cr3tC0de&x=1", "exchange://hub-ua/credentials/UA-CRED-1?code=[redacted]&x=1")]
    [InlineData("?link=exchange%3A%2F%2Fhub-ua%2Fcredentials%2FUA-CRED-1%3Fcode%3Ds3cr3tC0de", "?link=exchange%3A%2F%2Fhub-ua%2Fcredentials%2FUA-CRED-1%3Fcode%3D[redacted]")]
    public void The_code_is_masked_and_the_rest_kept(string text, string redacted)
    {
        Assert.True(ShareCodeText.Contains(text));
        Assert.Equal(redacted, ShareCodeText.Redact(text));
    }

    [Theory]
    [InlineData("GET /v1/credentials/UA-CRED-1/status")]
    [InlineData("/my/credentials/UA-CRED-1/shares/sh-abc")]
    [InlineData("/v/hub-ua/UA-CRED-1")]
    [InlineData("/connect/device?user_code=ABCD-EFGH")]
    public void Other_paths_are_left_alone(string text)
    {
        Assert.False(ShareCodeText.Contains(text));
        Assert.Equal(text, ShareCodeText.Redact(text));
    }
}
