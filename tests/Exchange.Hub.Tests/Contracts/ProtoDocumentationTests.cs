using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>
/// Every declaration in protos/exchange/v1 is documented and follows protobuf naming style.
/// </summary>
public sealed class ProtoDocumentationTests
{
    private static readonly string[] ExpectedFiles =
    [
        "common.proto", "credential.proto", "envelope.proto", "federation.proto", "federation_status.proto", "hub_info.proto",
        "issuing.proto", "recognition.proto", "registry.proto", "review.proto", "trust.proto",
    ];

    private static string ProtoDir() => RepositoryRoot.Combine("protos", "exchange", "v1");

    [Fact]
    public void Every_expected_proto_file_exists()
    {
        var present = Directory.GetFiles(ProtoDir(), "*.proto").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var missing = ExpectedFiles.Where(f => !present.Contains(f)).ToList();
        Assert.True(missing.Count == 0, $"missing proto files in {ProtoDir()}: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_declaration_is_documented_and_styled()
    {
        var files = Directory.GetFiles(ProtoDir(), "*.proto").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var problems = files
            .SelectMany(f => ProtoStyleChecker.Check(Path.Combine("protos/exchange/v1", Path.GetFileName(f)), File.ReadAllText(f)))
            .ToList();
        Assert.True(problems.Count == 0, "proto style problems:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Checker_reports_an_undocumented_field_with_its_line()
    {
        const string text = """
            syntax = "proto3";
            // Doc.
            package exchange.v1;

            // A message.
            message Thing {
              // Documented.
              string a = 1;
              string b = 2;
              map<string, string> c = 3;
            }
            """;
        var problems = ProtoStyleChecker.Check("thing.proto", text);
        Assert.Contains("thing.proto:9: field b has no leading // comment", problems);
        Assert.Contains("thing.proto:10: field c has no leading // comment", problems);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Checker_reports_undocumented_declarations_of_every_kind()
    {
        const string text = """
            syntax = "proto3";
            package exchange.v1;
            message Thing {
              oneof choice {
                string a = 1;
              }
            }
            enum Colour {
              COLOUR_UNSPECIFIED = 0;
            }
            service Things {
              rpc GetThing(Thing) returns (Thing) {
                option (google.api.http) = {
                  get: "/v1/things/{a}"
                };
              }
            }
            """;
        var problems = ProtoStyleChecker.Check("thing.proto", text);
        Assert.Contains("thing.proto:3: message Thing has no leading // comment", problems);
        Assert.Contains("thing.proto:4: oneof choice has no leading // comment", problems);
        Assert.Contains("thing.proto:5: field a has no leading // comment", problems);
        Assert.Contains("thing.proto:8: enum Colour has no leading // comment", problems);
        Assert.Contains("thing.proto:9: enum value COLOUR_UNSPECIFIED has no leading // comment", problems);
        Assert.Contains("thing.proto:11: service Things has no leading // comment", problems);
        Assert.Contains("thing.proto:12: rpc GetThing has no leading // comment", problems);
        Assert.Equal(7, problems.Count);
    }

    [Fact]
    public void Checker_reports_bad_enum_zero_values_prefixes_and_package()
    {
        const string text = """
            syntax = "proto3";
            // Wrong package.
            package exchange.v2;
            // Colours.
            enum Colour {
              // Zero value with the wrong name.
              COLOUR_NONE = 0;
              // Missing prefix.
              RED = 1;
            }
            // Sizes.
            enum ShirtSize {
              // First value is not zero.
              SHIRT_SIZE_SMALL = 1;
            }
            """;
        var problems = ProtoStyleChecker.Check("Colours.proto", text);
        Assert.Contains(problems, p => p.StartsWith("Colours.proto:1: file name", StringComparison.Ordinal));
        Assert.Contains("Colours.proto:7: first value of enum Colour must be COLOUR_UNSPECIFIED = 0", problems);
        Assert.Contains("Colours.proto:9: enum value RED is not UPPER_SNAKE_CASE with prefix COLOUR_", problems);
        Assert.Contains("Colours.proto:14: first value of enum ShirtSize must be SHIRT_SIZE_UNSPECIFIED = 0", problems);
        Assert.Contains(problems, p => p.StartsWith("Colours.proto:3: package must be", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }
}
