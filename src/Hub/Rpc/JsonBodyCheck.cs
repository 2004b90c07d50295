using System.Globalization;
using System.Text.Json;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace Exchange.Hub.Rpc;

/// <summary>
/// Checks a REST body against its RPC's request message before JSON transcoding reads it, so a syntax error or a
/// value of the wrong type is refused with the path where it sits (INVALID_ARGUMENT, a field violation) instead of the
/// transcoder's "Request JSON payload is not correctly formatted." with nothing to go on. Unknown fields pass, as the
/// transcoder ignores them; well-known types are left to it.
/// </summary>
internal static class JsonBodyCheck
{
    public static WebApplication UseJsonBodyCheck(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var rule = http.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
            if (rule is null || rule.HttpRule.Body.Length == 0 || RefusalResponse.IsGrpc(http) || http.Request.ContentLength == 0)
            {
                await next(http);
                return;
            }

            http.Request.EnableBuffering();
            var problem = await FindProblemAsync(http.Request.Body, BodyType(rule), http.RequestAborted);
            http.Request.Body.Position = 0;
            if (problem is { } found)
            {
                var violation = new FieldViolations().Add(found.Path, found.Description).ToBadRequest();
                await RefusalResponse.WriteAsync(http, RefusalResponse.Status(Code.InvalidArgument, "JSON_INVALID", $"{found.Path}: {found.Description}", violation),
                    StatusCodes.Status400BadRequest);
                return;
            }

            await next(http);
        });
        return app;
    }

    private static MessageDescriptor? BodyType(GrpcJsonTranscodingMetadata rule)
    {
        var input = rule.MethodDescriptor.InputType;
        return rule.HttpRule.Body == "*" ? input : input.FindFieldByName(rule.HttpRule.Body)?.MessageType;
    }

    private static async Task<(string Path, string Description)?> FindProblemAsync(Stream body, MessageDescriptor? type, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            // Only a broken body is read a second time, to name where it broke; both readers share the same rules.
            var broken = JsonSyntaxPath.FindError(bytes) ?? ("$", "unknown position");
            return (broken.Path, $"is where the body stops being valid JSON ({broken.Position}).");
        }

        using (document)
        {
            return type is null ? null : Message(document.RootElement, type, "");
        }
    }

    private static (string, string)? Message(JsonElement value, MessageDescriptor type, string path)
    {
        if (IsWellKnown(type) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return (Name(path), "must be a JSON object.");
        }

        foreach (var property in value.EnumerateObject())
        {
            var field = type.FindFieldByName(property.Name) ?? type.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == property.Name);
            if (field is null)
            {
                continue;
            }

            var at = path.Length == 0 ? field.Name : path + "." + field.Name;
            var problem = field.IsMap ? Map(property.Value, field, at)
                : field.IsRepeated ? List(property.Value, field, at)
                : Single(property.Value, field, at);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static (string, string)? List(JsonElement value, FieldDescriptor field, string path)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return (path, "must be a JSON array.");
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (Single(item, field, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]")) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static (string, string)? Map(JsonElement value, FieldDescriptor field, string path)
    {
        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            return (path, "must be a JSON object.");
        }

        var valueField = field.MessageType.FindFieldByNumber(2);
        return value.ValueKind == JsonValueKind.Null ? null
            : value.EnumerateObject().Select(p => Single(p.Value, valueField, $"{path}[{TextRules.Echo(p.Name, 40)}]")).FirstOrDefault(p => p is not null);
    }

    private static (string, string)? Single(JsonElement value, FieldDescriptor field, string path)
    {
        var kind = value.ValueKind;
        if (kind == JsonValueKind.Null)
        {
            return null;
        }

        var ok = field.FieldType switch
        {
            FieldType.String => kind == JsonValueKind.String,
            FieldType.Bytes => kind == JsonValueKind.String && IsBase64(value.GetString()!),
            FieldType.Bool => kind is JsonValueKind.True or JsonValueKind.False,
            FieldType.Enum => kind is JsonValueKind.String or JsonValueKind.Number,
            FieldType.Message or FieldType.Group => true,
            FieldType.Double or FieldType.Float => kind == JsonValueKind.Number || (kind == JsonValueKind.String && IsNumberText(value.GetString()!, allowSpecial: true)),
            _ => (kind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d))
                 || (kind == JsonValueKind.String && IsNumberText(value.GetString()!, allowSpecial: false)),
        };
        if (!ok)
        {
            return (path, $"must be {Expected(field.FieldType)}.");
        }

        return field.FieldType is FieldType.Message or FieldType.Group ? Message(value, field.MessageType, path) : null;
    }

    private static string Expected(FieldType type) => type switch
    {
        FieldType.String => "a JSON string",
        FieldType.Bytes => "a base64 string",
        FieldType.Bool => "true or false",
        FieldType.Enum => "an enum name (string) or number",
        FieldType.Double or FieldType.Float => "a number",
        _ => "an integer (a number or a string of digits)",
    };

    private static bool IsBase64(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        return Convert.TryFromBase64String(standard, new byte[standard.Length], out _);
    }

    private static bool IsNumberText(string text, bool allowSpecial) =>
        (allowSpecial && text is "NaN" or "Infinity" or "-Infinity")
        || (allowSpecial ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            : decimal.TryParse(text, NumberStyles.Integer | NumberStyles.AllowExponent | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d));

    private static bool IsWellKnown(MessageDescriptor type) => type.File.Package == "google.protobuf";

    private static string Name(string path) => path.Length == 0 ? "body" : path;
}
