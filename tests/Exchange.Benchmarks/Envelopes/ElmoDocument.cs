using System.Globalization;
using System.Text;
using System.Xml;
using Exchange.Adapters.Credentials;

namespace Exchange.Benchmarks.Envelopes;

/// <summary>
/// The same micro-credential as an EMREX ELMO 1.x report (namespace of emrex-eu/elmo-schemas v1): learner, issuer,
/// one learning opportunity (title, ISCED code, learning outcomes as language-tagged descriptions, since ELMO has no
/// outcome element) with its instance (date, status, grading scheme, result label, ECTS credit, EQF and NQF level),
/// and the grading scheme. ELMO has no place for the quality-assurance or assessment elements, so they are absent.
/// </summary>
public static class ElmoDocument
{
    public const string Namespace = "https://github.com/emrex-eu/elmo-schemas/tree/v1";

    public static XmlDocument Create(Credential credential, DateTimeOffset generated)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var writer = document.CreateNavigator()!.AppendChild())
        {
            Write(writer, credential, generated);
        }

        return document;
    }

    public static byte[] ToBytes(XmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static void Write(XmlWriter w, Credential c, DateTimeOffset generated)
    {
        var names = (c.Learner?.FullName ?? "").Split(' ', 2);
        w.WriteStartElement("elmo", Namespace);
        Element(w, "generatedDate", generated.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteStartElement("learner", Namespace);
        Element(w, "citizenship", c.IssuerCountry ?? "");
        Element(w, "identifier", c.Learner?.Identifier ?? "", ("type", "nationalIdentifier"));
        Element(w, "givenNames", names[0]);
        Element(w, "familyName", names.Length > 1 ? names[1] : "");
        w.WriteEndElement();

        w.WriteStartElement("report", Namespace);
        w.WriteStartElement("issuer", Namespace);
        Element(w, "country", c.AwardingBody?.Country ?? "");
        Element(w, "identifier", c.AwardingBody?.Id ?? "", ("type", "local"));
        Element(w, "title", c.AwardingBody?.Name ?? "", ("xml:lang", "en"));
        w.WriteEndElement();

        w.WriteStartElement("learningOpportunitySpecification", Namespace);
        Element(w, "identifier", c.Id, ("type", "local"));
        foreach (var title in c.Title)
        {
            Element(w, "title", title.Text, ("xml:lang", title.Language));
        }

        Element(w, "type", "Module");
        Element(w, "iscedCode", c.FieldCode ?? "");
        foreach (var language in c.LearningOutcomes.SelectMany(o => o.Texts).Select(t => t.Language).Distinct())
        {
            var outcomes = c.LearningOutcomes.SelectMany(o => o.Texts).Where(t => t.Language == language).Select(t => "- " + t.Text);
            Element(w, "description", string.Join('\n', outcomes), ("xml:lang", language));
        }

        w.WriteStartElement("specifies", Namespace);
        w.WriteStartElement("learningOpportunityInstance", Namespace);
        Element(w, "date", c.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        Element(w, "status", "passed");
        Element(w, "gradingSchemeLocalId", c.Grade?.ScaleId ?? "");
        Element(w, "resultLabel", c.Grade?.Value ?? "");
        w.WriteStartElement("credit", Namespace);
        Element(w, "scheme", "ects");
        Element(w, "value", c.Workload?.Amount.ToString(CultureInfo.InvariantCulture) ?? "");
        w.WriteEndElement();
        Level(w, "EQF", "European Qualifications Framework", c.Level?.Level);
        Level(w, "NQF", "National Qualifications Framework of Ukraine", c.Level?.Level);
        Element(w, "languageOfInstruction", c.Title[0].Language);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        Element(w, "issueDate", c.IssueDate is { } issued ? issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+00:00" : "");
        w.WriteStartElement("gradingScheme", Namespace);
        w.WriteAttributeString("localId", c.Grade?.ScaleId ?? "");
        Element(w, "description", "Ukrainian 100-point scale (0–100; 60 is the lowest pass)", ("xml:lang", "en"));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Level(XmlWriter w, string type, string description, int? value)
    {
        w.WriteStartElement("level", Namespace);
        Element(w, "type", type);
        Element(w, "description", description);
        Element(w, "value", value?.ToString(CultureInfo.InvariantCulture) ?? "");
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string text, (string Name, string Value)? attribute = null)
    {
        w.WriteStartElement(name, Namespace);
        if (attribute is { } a)
        {
            if (a.Name == "xml:lang")
            {
                w.WriteAttributeString("xml", "lang", null, a.Value);
            }
            else
            {
                w.WriteAttributeString(a.Name, a.Value);
            }
        }

        w.WriteString(text);
        w.WriteEndElement();
    }
}
