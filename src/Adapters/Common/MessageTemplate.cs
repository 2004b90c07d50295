using System.Text;

namespace Exchange.Adapters.Common;

/// <summary>
/// Message templates: <c>{name}</c> is replaced by the argument's value; <c>{@name}</c> by the message whose key
/// is the argument's value, rendered with the same arguments (a nested reason, never an English sentence).
/// </summary>
public static class MessageTemplate
{
    /// <summary>The placeholders a template uses, nested ones with their leading '@'.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = new List<string>();
        var at = 0;
        while (Next(template, at) is { } found)
        {
            names.Add(found.Name);
            at = found.End;
        }

        return names;
    }

    /// <summary>Fills a template; a placeholder without an argument stays as written, so a missing one shows.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> arguments, Func<string, string?>? nested = null)
    {
        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        while (Next(template, at) is { } found)
        {
            text.Append(template, at, found.Start - at);
            var isNested = found.Name.StartsWith('@');
            var name = isNested ? found.Name[1..] : found.Name;
            string? value = arguments.TryGetValue(name, out var v) ? v : null;
            if (isNested && value is not null)
            {
                value = nested?.Invoke(value);
            }

            text.Append(value ?? template[found.Start..found.End]);
            at = found.End;
        }

        return text.Append(template, at, template.Length - at).ToString();
    }

    private static (int Start, int End, string Name)? Next(string template, int from)
    {
        while (from < template.Length)
        {
            var open = template.IndexOf('{', from);
            if (open < 0)
            {
                return null;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                return null;
            }

            var name = template[(open + 1)..close];
            if (name.Length > 0 && IsName(name))
            {
                return (open, close + 1, name);
            }

            from = open + 1;
        }

        return null;
    }

    private static bool IsName(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || (c == '@' && i == 0)))
            {
                return false;
            }
        }

        return true;
    }
}
