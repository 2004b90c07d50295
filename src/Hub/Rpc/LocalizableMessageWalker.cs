using Exchange.Adapters.Common;
using Exchange.Hub.Messaging;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Rpc;

/// <summary>
/// Fills <c>text</c> and <c>language</c> of every <see cref="V1.LocalizableMessage"/> in a response, wherever it sits
/// (protobuf reflection), so a message a new field carries is rendered without touching this. Inside a recognition
/// case, the requester reads in the case's preferred language when it has one.
/// </summary>
public static class LocalizableMessageWalker
{
    private const int MaxDepth = 32;

    /// <param name="language">The reader's language ("en", "uk", "kk", "ru", "lv").</param>
    /// <param name="requester">Whether the caller is the requester of the cases in the response.</param>
    public static void Render(IMessage message, string language, bool requester) => Visit(message, language, requester, 0);

    private static void Visit(IMessage message, string language, bool requester, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (message)
        {
            case V1.LocalizableMessage localizable:
                Fill(localizable, language);
                return;
            case V1.RecognitionCase @case when requester && MessageLanguages.Normalise(@case.Request?.PreferredLanguage) is { } preferred:
                language = preferred;
                break;
            default:
                break;
        }

        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.FieldType != FieldType.Message)
            {
                continue;
            }

            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                foreach (var entry in (System.Collections.IDictionary)value)
                {
                    if (((System.Collections.DictionaryEntry)entry).Value is IMessage inner)
                    {
                        Visit(inner, language, requester, depth + 1);
                    }
                }
            }
            else if (field.IsRepeated)
            {
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    if (item is IMessage inner)
                    {
                        Visit(inner, language, requester, depth + 1);
                    }
                }
            }
            else if (value is IMessage inner)
            {
                Visit(inner, language, requester, depth + 1);
            }
        }
    }

    private static void Fill(V1.LocalizableMessage message, string language)
    {
        if (message.MessageKey.Length == 0)
        {
            return;
        }

        // A key the catalogue does not know keeps its English text, and says so.
        var rendered = HubMessages.Catalogue.Render(message.MessageKey, message.Arguments, language);
        message.Text = rendered ?? message.EnglishText;
        message.Language = rendered is null ? MessageLanguages.English : language;
    }
}
