using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>
/// Every declaration in protos/exchange/v1 is documented and follows protobuf naming style, as
/// <c>buf lint</c> checks it with the repository's buf.yaml; the broken inputs show each rule can fail.
/// </summary>
public sealed class ProtoDocumentationSpecs
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
    public async Task Buf_lint_passes_on_every_proto()
    {
        var result = await BufLint.RunAsync(RepositoryRoot.Path);
        Assert.True(result.ExitCode == 0, $"buf lint protos exited with {result.ExitCode}:\n{result.Output}");
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task Buf_lint_reports_an_undocumented_field_with_its_line()
    {
        var result = await LintWith("thing.proto", """
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
            """);
        Assert.Equal([(9, "COMMENT_FIELD"), (10, "COMMENT_FIELD")], Found(result, "thing.proto"));
    }

    [Fact]
    public async Task Buf_lint_reports_undocumented_declarations_of_every_kind()
    {
        var result = await LintWith("thing.proto", """
            syntax = "proto3";
            package exchange.v1;
            import "google/api/annotations.proto";
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
            """);
        Assert.Equal(
            [
                (4, "COMMENT_MESSAGE"), (5, "COMMENT_ONEOF"), (6, "COMMENT_FIELD"), (9, "COMMENT_ENUM"),
                (10, "COMMENT_ENUM_VALUE"), (12, "COMMENT_SERVICE"), (13, "COMMENT_RPC"),
            ],
            Found(result, "thing.proto"));
    }

    [Fact]
    public async Task Buf_lint_reports_bad_enum_zero_values_prefixes_file_name_and_package()
    {
        var result = await LintWith("Colours.proto", """
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
            """);
        Assert.Equal(
            [(1, "FILE_LOWER_SNAKE_CASE"), (3, "PACKAGE_DIRECTORY_MATCH"), (7, "ENUM_ZERO_VALUE_SUFFIX"), (9, "ENUM_VALUE_PREFIX")],
            Found(result, "Colours.proto"));
    }

    [Fact]
    public async Task Buf_reports_an_enum_whose_first_value_is_not_zero()
    {
        // proto3 itself forbids it, so buf stops at compiling rather than at a lint rule.
        var result = await LintWith("size.proto", """
            syntax = "proto3";
            // Doc.
            package exchange.v1;
            // Sizes.
            enum ShirtSize {
              // First value is not zero.
              SHIRT_SIZE_SMALL = 1;
            }
            """);
        Assert.Equal([(7, "COMPILE")], Found(result, "size.proto"));
    }

    [Fact]
    public async Task Buf_reports_an_http_option_without_its_import()
    {
        var result = await LintWith("thing.proto", """
            syntax = "proto3";
            // Doc.
            package exchange.v1;
            // A message.
            message Thing {
              // A field.
              string a = 1;
            }
            // A service.
            service Things {
              // An rpc.
              rpc GetThing(Thing) returns (Thing) {
                option (google.api.http) = { get: "/v1/things/{a}" };
              }
            }
            """);
        Assert.Equal([(13, "COMPILE")], Found(result, "thing.proto"));
    }

    private static async Task<BufLintResult> LintWith(string fileName, string text)
    {
        using var workspace = new ScratchProtoWorkspace();
        workspace.WriteProto(fileName, text);
        var result = await BufLint.RunAsync(workspace.Root);
        Assert.True(result.ExitCode != 0, $"buf lint accepted a broken {fileName}:\n{result.Output}");
        return result;
    }

    /// <summary>(line, rule) of what buf reported in one file of protos/exchange/v1, in order.</summary>
    private static (int Line, string Rule)[] Found(BufLintResult result, string fileName) =>
        [.. result.Findings
            .Where(f => f.Path == $"protos/exchange/v1/{fileName}")
            .Select(f => (f.Line, f.Rule))
            .OrderBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal)];
}
