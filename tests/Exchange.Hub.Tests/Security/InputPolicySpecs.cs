using Exchange.Contracts.V1;
using Exchange.Hub.Hosting;
using Exchange.Hub.Rpc;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Tests.Security;

/// <summary>
/// The one input policy every request passes before its service method: string lengths, characters people would be
/// misled by, and list counts, each refused with the path of the offending field.
/// </summary>
public sealed class InputPolicySpecs
{
    private static readonly InputPolicy Policy = new(new InputLimitOptions { MaxStringLength = 200, MaxLongTextLength = 1000, MaxRepeatedCount = 10 });

    [Fact]
    public void A_case_carrying_more_credential_references_than_the_limit_is_refused_at_the_list()
    {
        var request = Submit();
        for (var i = 0; i < 11; i++)
        {
            request.Request.Credentials.Add(new CredentialSource { Reference = new SharedCredentialRef { CredentialId = "UA-CRED-0000000000000000dead" } });
        }

        Assert.Equal(["request.credentials"], Fields(request));
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused_with_its_path()
    {
        var request = Submit();
        request.Request.ApplicantReference = new string('x', 201);

        Assert.Equal(["request.applicant_reference"], Fields(request));
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u001b[31mred")]
    [InlineData("\u007f")]
    [InlineData("\u009b31m")]
    [InlineData("\u202Egnp.exe")]
    [InlineData("\u2066isolated\u2069")]
    [InlineData("line\nbreak")]
    public void Control_and_bidi_override_characters_are_refused_in_short_texts(string text)
    {
        var request = Submit();
        request.Request.ApplicantReference = text;

        Assert.Equal(["request.applicant_reference"], Fields(request));
    }

    [Fact]
    public void A_long_text_may_span_lines_but_carries_no_escape_and_has_its_own_limit()
    {
        var request = Submit();
        request.Request.Notes = new MultilingualText
        {
            Values =
            {
                new LocalizedText { Language = "en", Text = "First line.\r\n\tSecond line, " + new string('y', 700) },
                new LocalizedText { Language = "uk", Text = "\u001b]8;;http://evil\u0007link" },
                new LocalizedText { Language = "lv", Text = new string('z', 1001) },
            },
        };

        Assert.Equal(["request.notes.values[1].text", "request.notes.values[2].text"], Fields(request));
    }

    [Fact]
    public void A_clean_request_passes()
    {
        var request = Submit();
        request.Request.Credentials.Add(new CredentialSource { Reference = new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = "UA-CRED-0000000000000000dead", ShareCode = "3gcMxj1h7yABTJMzaTPtoOOKTwNDM1XD" } });
        request.Request.Notes = new MultilingualText { Values = { new LocalizedText { Language = "uk", Text = "Визнання для магістратури." } } };

        // Its cost per call is measured by InputPolicyBenchmarks, not here.
        Assert.False(Policy.Check(request).Any);
    }

    [Fact]
    public void The_answer_to_a_hostile_request_stays_small()
    {
        var request = Submit();
        request.Request.Notes = new MultilingualText();
        for (var i = 0; i < 500; i++)
        {
            request.Request.Notes.Values.Add(new LocalizedText { Language = "\u0000", Text = "\u202E" });
        }

        Assert.Equal(InputPolicy.MaxReported, Fields(request).Count);
    }

    [Fact]
    public void An_echo_of_caller_input_is_bounded_and_printable() =>
        Assert.Equal(new string('a', 80) + "…", TextRules.Echo(new string('a', 1_000_000)));

    private static SubmitRecognitionRequestRequest Submit() => new()
    {
        Request = new RecognitionRequest { IdempotencyKey = "k-1", RequesterInstitutionId = "KZ-KAZNU" },
    };

    private static List<string> Fields(SubmitRecognitionRequestRequest request)
    {
        var violations = Policy.Check(request);
        if (!violations.Any)
        {
            return [];
        }

        var status = violations.ToException().GetRpcStatus()!;
        Assert.Equal((int)StatusCode.InvalidArgument, status.Code);
        return [.. status.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field)];
    }
}
