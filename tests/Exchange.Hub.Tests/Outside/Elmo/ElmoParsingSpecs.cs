using System.IO.Compression;
using System.Text;
using Exchange.Hub.Credentials;
using static Exchange.Hub.Tests.Outside.Elmo.ElmoReaderSpecs;

namespace Exchange.Hub.Tests.Outside.Elmo;

/// <summary>
/// The XML an ELMO reader refuses before anything is read from it: a DOCTYPE in any form (external entities, the
/// billion laughs), undeclared entities, too large, too deep, a decompression bomb in the transport form, a root
/// that is not ELMO's. Each is one failed format check, named, with every later check named as not checked.
/// </summary>
public sealed class ElmoParsingSpecs
{
    private const string Root = "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\">";

    private static async Task<CheckOutcome> FormatOf(string text)
    {
        var read = await Read(Encoding.UTF8.GetBytes(text));
        Assert.Null(read.Credential);
        Assert.Equal(9, read.Verification.Checks.Count);
        return Check(read, VerificationCheck.EnvelopeFormat);
    }

    [Fact]
    public async Task An_external_entity_is_refused_as_a_DOCTYPE_without_reading_the_file()
    {
        var format = await FormatOf($"<?xml version=\"1.0\"?><!DOCTYPE elmo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>{Root}<generatedDate>&xxe;</generatedDate></elmo>");

        Assert.Equal(CheckResult.Failed, format.Result);
        Assert.Contains("DOCTYPE", format.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", format.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_billion_laughs_are_refused_without_expansion()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var text = $"<?xml version=\"1.0\"?><!DOCTYPE elmo [<!ENTITY lol0 \"lol\">{entities}]>{Root}<generatedDate>&lol9;</generatedDate></elmo>";

        var started = DateTime.UtcNow;
        var format = await FormatOf(text);

        Assert.Contains("DOCTYPE", format.Detail, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_undeclared_entity_is_refused_by_name()
    {
        var format = await FormatOf($"{Root}<generatedDate>&nbsp;</generatedDate></elmo>");

        Assert.Contains("entity", format.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_over_one_MiB_is_refused_unread()
    {
        var format = await FormatOf(Root + new string(' ', 1024 * 1024) + "</elmo>");

        Assert.Contains("larger than 1024 KiB", format.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elements_nested_deeper_than_the_bound_are_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("<extension>", 100)) + string.Concat(Enumerable.Repeat("</extension>", 100));

        var format = await FormatOf(Root + deep + "</elmo>");

        Assert.Contains("deeper than 64 levels", format.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transport_form_decompressing_past_the_limit_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Root));
            gzip.Write(new byte[4 * 1024 * 1024].Select(_ => (byte)' ').ToArray());
            gzip.Write("</elmo>"u8);
        }

        var format = await FormatOf(Convert.ToBase64String(buffer.ToArray()));

        Assert.Contains("decompresses to more than 1024 KiB", format.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_root_other_than_elmo_is_not_this_format()
    {
        var format = await FormatOf("<transcript xmlns=\"urn:example\"/>");

        Assert.Equal("UNSUPPORTED_FORMAT", format.FailureReason);
    }

    [Fact]
    public async Task Bytes_that_are_neither_XML_nor_the_transport_form_are_refused()
    {
        var format = await FormatOf("{\"not\": \"xml\"}");

        Assert.Contains("neither XML nor the EMREX transport form", format.Detail, StringComparison.Ordinal);
    }
}
