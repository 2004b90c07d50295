using System.Text.RegularExpressions;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>
/// A line-based checker for the house style of the .proto files: every message, field, enum, enum
/// value, oneof, service and rpc has a leading <c>//</c> comment on the line directly above it (the
/// place protoc attaches leading comments); enum zero values are <c>ENUM_NAME_UNSPECIFIED</c> and every
/// value carries the enum-name prefix; names follow protobuf style; the package is <c>exchange.v1</c>.
/// Works on the text only, so a test can feed it deliberately broken input.
/// </summary>
internal static partial class ProtoStyleChecker
{
    public const string ExpectedPackage = "exchange.v1";

    [GeneratedRegex(@"^\s*(message|enum|service|oneof)\s+(\w+)\s*\{")]
    private static partial Regex BlockDeclaration();

    [GeneratedRegex(@"^\s*rpc\s+(\w+)\s*\(")]
    private static partial Regex RpcDeclaration();

    [GeneratedRegex(@"^\s*(?:(?:repeated|optional)\s+)?(?:map\s*<[^>]+>|[\w.]+)\s+(\w+)\s*=\s*\d+\s*[;\[]")]
    private static partial Regex FieldDeclaration();

    [GeneratedRegex(@"^\s*(\w+)\s*=\s*(-?\d+)\s*[;\[]")]
    private static partial Regex EnumValueDeclaration();

    [GeneratedRegex(@"^\s*package\s+([\w.]+)\s*;")]
    private static partial Regex PackageDeclaration();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnakeCase();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(_[a-z0-9]+)*\.proto$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex WordBoundary();

    /// <summary>Converts a PascalCase enum name to its UPPER_SNAKE value prefix ("CaseStatus" → "CASE_STATUS").</summary>
    public static string EnumPrefix(string enumName) => WordBoundary().Replace(enumName, "_").ToUpperInvariant();

    /// <summary>Returns one "file:line: problem" string per violation; empty when the file is clean.</summary>
    public static IReadOnlyList<string> Check(string fileName, string text)
    {
        var problems = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        // One entry per open brace: the kind of block ("message", "enum", "service", "rpc", "option",
        // "oneof") and, for enums, the name and whether a value has been seen yet.
        var blocks = new Stack<(string Kind, string Name)>();
        var enumValueSeen = new HashSet<string>(StringComparer.Ordinal);
        var packages = new List<(int Line, string Name)>();

        if (!FileName().IsMatch(Path.GetFileName(fileName)))
        {
            problems.Add($"{fileName}:1: file name is not lower_snake_case.proto");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripStringsAndTrailingComment(lines[i]);
            var lineNo = i + 1;
            var where = $"{fileName}:{lineNo}";
            var documented = i > 0 && lines[i - 1].TrimStart().StartsWith("//", StringComparison.Ordinal);
            var current = blocks.Count > 0 ? blocks.Peek() : ("file", "");
            string? opened = null;
            string openedName = "";

            if (PackageDeclaration().Match(line) is { Success: true } pkg)
            {
                packages.Add((lineNo, pkg.Groups[1].Value));
            }
            else if (BlockDeclaration().Match(line) is { Success: true } block)
            {
                var kind = block.Groups[1].Value;
                var name = block.Groups[2].Value;
                opened = kind;
                openedName = name;
                if (!documented)
                {
                    problems.Add($"{where}: {kind} {name} has no leading // comment");
                }
                var styleOk = kind == "oneof" ? SnakeCase().IsMatch(name) : PascalCase().IsMatch(name);
                if (!styleOk)
                {
                    problems.Add($"{where}: {kind} name {name} does not follow protobuf style");
                }
            }
            else if (RpcDeclaration().Match(line) is { Success: true } rpc)
            {
                var name = rpc.Groups[1].Value;
                if (!documented)
                {
                    problems.Add($"{where}: rpc {name} has no leading // comment");
                }
                if (!PascalCase().IsMatch(name))
                {
                    problems.Add($"{where}: rpc name {name} is not PascalCase");
                }
                opened = "rpc";
            }
            else if (current.Item1 == "enum" && EnumValueDeclaration().Match(line) is { Success: true } value)
            {
                var name = value.Groups[1].Value;
                var number = value.Groups[2].Value;
                var enumName = current.Item2;
                var prefix = EnumPrefix(enumName) + "_";
                if (!documented)
                {
                    problems.Add($"{where}: enum value {name} has no leading // comment");
                }
                if (!UpperSnakeCase().IsMatch(name) || !name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    problems.Add($"{where}: enum value {name} is not UPPER_SNAKE_CASE with prefix {prefix}");
                }
                if (enumValueSeen.Add(enumName) && (number != "0" || name != prefix + "UNSPECIFIED"))
                {
                    problems.Add($"{where}: first value of enum {enumName} must be {prefix}UNSPECIFIED = 0");
                }
            }
            else if (current.Item1 is "message" or "oneof" && FieldDeclaration().Match(line) is { Success: true } field)
            {
                var name = field.Groups[1].Value;
                if (!documented)
                {
                    problems.Add($"{where}: field {name} has no leading // comment");
                }
                if (!SnakeCase().IsMatch(name))
                {
                    problems.Add($"{where}: field {name} is not snake_case");
                }
            }

            // Track braces: the first "{" on a declaration line opens that declaration's block; any
            // other "{" (an option value such as google.api.http) opens an "option" block.
            foreach (var ch in line)
            {
                if (ch == '{')
                {
                    blocks.Push(opened is null ? ("option", "") : (opened, openedName));
                    opened = null;
                }
                else if (ch == '}' && blocks.Count > 0)
                {
                    blocks.Pop();
                }
            }
        }

        if (packages.Count != 1 || packages[0].Name != ExpectedPackage)
        {
            var found = packages.Count == 0 ? "none" : string.Join(", ", packages.Select(p => $"{p.Name} (line {p.Line})"));
            problems.Add($"{fileName}:{(packages.Count > 0 ? packages[0].Line : 1)}: package must be exactly one 'package {ExpectedPackage};', found {found}");
        }

        return problems;
    }

    /// <summary>Removes string literals and a trailing // comment so braces inside them are not counted.</summary>
    private static string StripStringsAndTrailingComment(string line)
    {
        var result = new System.Text.StringBuilder(line.Length);
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (inString)
            {
                if (ch == '\\')
                {
                    i++;
                }
                else if (ch == '"')
                {
                    inString = false;
                    result.Append('"');
                }
                continue;
            }
            if (ch == '"')
            {
                inString = true;
                result.Append('"');
                continue;
            }
            if (ch == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                break;
            }
            result.Append(ch);
        }
        return result.ToString();
    }
}
