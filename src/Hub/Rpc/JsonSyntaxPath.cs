using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Exchange.Hub.Rpc;

/// <summary>Where a JSON document stops being JSON, as a JSON path (<c>$.shared.credentialId</c>, <c>$.values[2]</c>):
/// the reader itself only gives a line and byte, and the serializer names the outermost value.</summary>
internal static class JsonSyntaxPath
{
    /// <returns>null when the document is valid JSON; else the path and the line and byte where it broke.</returns>
    public static (string Path, string Position)? FindError(byte[] json)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        CountArrayItem(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        frames[^1].Name = reader.GetString();
                        break;
                    default:
                        CountArrayItem(frames);
                        break;
                }
            }

            return null;
        }
        catch (JsonException broken)
        {
            return (PathOf(frames), string.Create(CultureInfo.InvariantCulture, $"line {broken.LineNumber + 1}, byte {broken.BytePositionInLine + 1}"));
        }
    }

    private static void CountArrayItem(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
            }
            else if (!frame.IsArray && frame.Name is not null)
            {
                path.Append('.').Append(TextRules.Echo(frame.Name, 60));
            }
        }

        return path.ToString();
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public string? Name { get; set; }

        public int Index { get; set; } = -1;
    }
}
