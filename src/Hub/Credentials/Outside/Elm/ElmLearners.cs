using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;

namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// The holder, from the credential's subject (a Person): the national identifier's notation, else another
/// identifier's, else the subject's id; the full name, else the given and family names (in the first language that
/// states them); the date of birth as written.
/// </summary>
public static class ElmLearners
{
    public static Learner? Of(JsonObject? subject)
    {
        if (subject is null)
        {
            return null;
        }

        var identifier = ElmNodes.Objects(subject["nationalID"]).Concat(ElmNodes.Objects(subject["identifier"]))
            .Select(i => ElmNodes.Text(i["notation"]))
            .FirstOrDefault(n => n is not null)
            ?? ElmNodes.Id(subject);
        var name = ElmNodes.FirstText(subject["fullName"]) ?? NameOf(subject);
        var born = ElmNodes.DayOf(subject["dateOfBirth"]);
        return identifier is null && name is null && born is null ? null : new Learner(identifier ?? "", name ?? "", born);
    }

    /// <summary>Given and family name joined, in the language the given name is stated in where the family name is too.</summary>
    private static string? NameOf(JsonObject subject)
    {
        var given = ElmNodes.Texts(subject["givenName"]);
        var family = ElmNodes.Texts(subject["familyName"]);
        if (given.Count == 0 && family.Count == 0)
        {
            return null;
        }

        var first = given.Count > 0 ? given[0] : null;
        var last = family.FirstOrDefault(f => first is not null && string.Equals(f.Language, first.Language, StringComparison.OrdinalIgnoreCase))
            ?? (family.Count > 0 ? family[0] : null);
        return string.Join(" ", new[] { first?.Text, last?.Text }.OfType<string>());
    }
}
