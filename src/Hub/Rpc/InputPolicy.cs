using System.Collections;
using System.Globalization;
using Exchange.Hub.Hosting;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Exchange.Hub.Rpc;

/// <summary>
/// The one size and text policy of every incoming message, whatever the RPC: walks the message by its descriptor
/// and reports each string that is too long or carries a refused character (<see cref="TextRules"/>) and each
/// repeated or map field with too many entries, by its field path (<c>credential.title.texts[0].text</c>). New
/// fields are covered without code; a field that needs more room gets an override here. The walk is reflection over
/// a few dozen fields for a typical request: microseconds, against milliseconds for a decision.
/// </summary>
public sealed class InputPolicy(InputLimitOptions limits)
{
    /// <summary>Stop listing after this many problems: the answer to a hostile request stays small.</summary>
    public const int MaxReported = 20;

    /// <summary>Texts written for people, which may be long and span lines.</summary>
    private static readonly HashSet<string> LongTexts = new(StringComparer.Ordinal)
    {
        "exchange.v1.LocalizedText.text",
    };

    /// <summary>Single-line strings with their own length limit: a signed credential (compact JWS) carries a whole
    /// decision in every language, far beyond an ordinary field, and is checked by its signature, not read as text.</summary>
    private static readonly Dictionary<string, int> StringLimits = new(StringComparer.Ordinal)
    {
        ["exchange.v1.RecognitionDecision.decision_credential"] = 256 * 1024,
        ["exchange.v1.CredentialRecognition.decision_credential"] = 256 * 1024,
    };

    /// <summary>Repeated fields with their own limit (a peer's batch of status questions is answered from memory).</summary>
    private static readonly Dictionary<string, int> RepeatedLimits = new(StringComparer.Ordinal)
    {
        ["exchange.v1.PeerRevocationStatusRequest.credential_ids"] = 500,
    };

    public FieldViolations Check(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var violations = new FieldViolations();
        var reported = 0;
        Walk(message, null, violations, ref reported);
        return violations;
    }

    private void Walk(IMessage message, FieldPath? path, FieldViolations violations, ref int reported)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (reported >= MaxReported)
            {
                return;
            }

            if (field.IsMap)
            {
                var map = (IDictionary)field.Accessor.GetValue(message);
                CheckCount(field, map.Count, path, violations, ref reported);
                var valueField = field.MessageType.FindFieldByNumber(2);
                foreach (DictionaryEntry entry in map)
                {
                    var at = new FieldPath(path, field.Name, Key: Convert.ToString(entry.Key, CultureInfo.InvariantCulture));
                    CheckValue(field.MessageType.FindFieldByNumber(1), entry.Key, at, violations, ref reported);
                    CheckValue(valueField, entry.Value, at, violations, ref reported);
                }
            }
            else if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(message);
                if (list.Count == 0)
                {
                    continue;
                }

                CheckCount(field, list.Count, path, violations, ref reported);
                if (field.FieldType is FieldType.String or FieldType.Message)
                {
                    for (var i = 0; i < list.Count && reported < MaxReported; i++)
                    {
                        CheckValue(field, list[i], new FieldPath(path, field.Name, i), violations, ref reported);
                    }
                }
            }
            else if (field.FieldType is FieldType.String or FieldType.Message)
            {
                var value = field.Accessor.GetValue(message);
                if (value is not null)
                {
                    CheckValue(field, value, new FieldPath(path, field.Name), violations, ref reported);
                }
            }
        }
    }

    private void CheckValue(FieldDescriptor field, object? value, FieldPath at, FieldViolations violations, ref int reported)
    {
        switch (value)
        {
            case string text when text.Length > 0:
                CheckText(field, text, at, violations, ref reported);
                break;
            case IMessage nested:
                Walk(nested, at, violations, ref reported);
                break;
        }
    }

    private void CheckText(FieldDescriptor field, string text, FieldPath at, FieldViolations violations, ref int reported)
    {
        var longText = LongTexts.Contains(field.FullName);
        var max = StringLimits.TryGetValue(field.FullName, out var own) ? own : longText ? limits.MaxLongTextLength : limits.MaxStringLength;
        if (text.Length > max)
        {
            Report(violations, at, $"at most {max} characters.", ref reported);
        }
        else if (TextRules.FirstRefused(text, multiLine: longText) is { } refused)
        {
            Report(violations, at, string.Create(CultureInfo.InvariantCulture,
                $"no control or bidirectional-override characters (found U+{(int)refused:X4})."), ref reported);
        }
    }

    private void CheckCount(FieldDescriptor field, int count, FieldPath? path, FieldViolations violations, ref int reported)
    {
        var max = RepeatedLimits.TryGetValue(field.FullName, out var own) ? own : limits.MaxRepeatedCount;
        if (count > max)
        {
            Report(violations, new FieldPath(path, field.Name), $"at most {max} entries.", ref reported);
        }
    }

    private static void Report(FieldViolations violations, FieldPath at, string rule, ref int reported)
    {
        var field = at.ToString();
        violations.Add(field, $"{field} must have {rule}");
        reported++;
    }

    /// <summary>Where a value sits, built into text only when something is reported.</summary>
    private sealed record FieldPath(FieldPath? Parent, string Name, int Index = -1, string? Key = null)
    {
        public override string ToString()
        {
            var own = Key is not null ? $"{Name}[{TextRules.Echo(Key, 40)}]"
                : Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{Name}[{Index}]")
                : Name;
            return Parent is null ? own : Parent + "." + own;
        }
    }
}
