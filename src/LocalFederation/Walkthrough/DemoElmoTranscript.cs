using System.Globalization;
using System.Xml;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// The EMREX ELMO 1.x transcript the demo university sends (namespace of emrex-eu/elmo-schemas v1): a Kazakh learner's
/// exchange semester in Latvia, one report whose one root (the semester, EQF level 6) has four courses as parts — three passed (6 + 6 + 3 ECTS at EQF level 6, grades on
/// the Latvian 10-point scale with the class's result distribution) and one failed, which a reader names and does not
/// count — course titles and descriptions in English and Latvian, and the grading scheme. Written for this demo; no
/// real person, institution or course.
/// </summary>
internal sealed record DemoElmoTranscript(XmlDocument Document, string Title, string Summary)
{
    public const string Namespace = "https://github.com/emrex-eu/elmo-schemas/tree/v1";
    private const string GradingScheme = "LV-10";
    private const string TitleEn = "Exchange semester: energy engineering";

    private sealed record Course(string Code, string En, string Lv, string Isced, int Ects, string Status, string Grade, string OutcomesEn, string OutcomesLv);

    private static readonly Course[] Courses =
    [
        new("ENE-301", "Renewable energy technologies", "Atjaunīgās enerģijas tehnoloģijas", "0713", 6, "passed", "9",
            "Compare wind, solar and biomass plants by yield, cost and grid impact; size a small hybrid plant.",
            "Salīdzināt vēja, saules un biomasas stacijas pēc ražības, izmaksām un ietekmes uz tīklu; aprēķināt nelielu hibrīdstaciju."),
        new("DAT-210", "Data analysis for engineers", "Datu analīze inženieriem", "0613", 6, "passed", "8",
            "Clean and explore measurement data in Python; fit and check regression models; report uncertainty.",
            "Attīrīt un izpētīt mērījumu datus Python valodā; veidot un pārbaudīt regresijas modeļus; norādīt nenoteiktību."),
        new("LAT-101", "Latvian language for beginners (A1)", "Latviešu valoda iesācējiem (A1)", "0231", 3, "passed", "10",
            "Understand and use everyday expressions; introduce oneself and ask simple questions (CEFR A1).",
            "Saprast un lietot ikdienas izteicienus; iepazīstināt ar sevi un uzdot vienkāršus jautājumus (CEFR A1)."),
        new("ENE-320", "Thermodynamics II", "Termodinamika II", "0713", 6, "failed", "3",
            "Analyse real gas cycles and combustion; design a heat exchanger.",
            "Analizēt reālo gāzu ciklus un degšanu; projektēt siltummaini."),
    ];

    public static DemoElmoTranscript Create(string serial, DateTimeOffset now)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var w = document.CreateNavigator()!.AppendChild())
        {
            w.WriteStartElement("elmo", Namespace);
            Text(w, "generatedDate", Instant(now));
            w.WriteStartElement("learner", Namespace);
            Text(w, "citizenship", "KZ");
            Text(w, "identifier", "S-" + serial, ("type", "local"));
            Text(w, "givenNames", "Aigerim");
            Text(w, "familyName", "Demo");
            Text(w, "bday", "2003-03-21");
            w.WriteEndElement();

            w.WriteStartElement("report", Namespace);
            w.WriteStartElement("issuer", Namespace);
            Text(w, "country", "LV");
            Text(w, "identifier", DemoEmrexUniversity.Schac, ("type", "schac"));
            Text(w, "title", DemoEmrexUniversity.NameLv, ("xml:lang", "lv"));
            Text(w, "title", DemoEmrexUniversity.Name, ("xml:lang", "en"));
            Text(w, "url", DemoEmrexUniversity.Web);
            w.WriteEndElement();
            var term = (Start: now.AddMonths(-5), End: now.AddMonths(-1));
            Semester(w, serial, term);

            Text(w, "issueDate", Instant(now.AddMinutes(-1)));
            w.WriteStartElement("gradingScheme", Namespace);
            w.WriteAttributeString("localId", GradingScheme);
            Text(w, "description", "Latvian 10-point scale: 10 (with distinction) to 4 (almost satisfactory) are passes, 3 to 1 are fails.", ("xml:lang", "en"));
            Text(w, "description", "10 ballu skala: no 10 (izcili) līdz 4 (gandrīz viduvēji) ir sekmīgi vērtējumi, no 3 līdz 1 nesekmīgi.", ("xml:lang", "lv"));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        var passed = Courses.Where(c => c.Status == "passed").ToList();
        return new DemoElmoTranscript(document, TitleEn,
            $"{passed.Count} courses passed ({passed.Sum(c => c.Ects)} ECTS at EQF level 6, Latvian 10-point grades), 1 failed; English and Latvian");
    }

    /// <summary>The mobility as the one root the courses are parts of: its level (ELMO's one required level type) and
    /// term; no credits of its own, so each course's credits count once.</summary>
    private static void Semester(XmlWriter w, string serial, (DateTimeOffset Start, DateTimeOffset End) term)
    {
        w.WriteStartElement("learningOpportunitySpecification", Namespace);
        Text(w, "identifier", "MOB-" + serial, ("type", "local"));
        Text(w, "title", TitleEn, ("xml:lang", "en"));
        Text(w, "title", "Apmaiņas semestris: enerģētika", ("xml:lang", "lv"));
        Text(w, "type", "Module");
        Text(w, "iscedCode", "0713");
        Text(w, "description", "One semester of Erasmus+ exchange studies in the bachelor's programme in energy engineering.", ("xml:lang", "en"));
        Text(w, "description", "Viens Erasmus+ apmaiņas studiju semestris enerģētikas bakalaura programmā.", ("xml:lang", "lv"));
        w.WriteStartElement("specifies", Namespace);
        w.WriteStartElement("learningOpportunityInstance", Namespace);
        Text(w, "start", Day(term.Start));
        Text(w, "date", Day(term.End));
        Text(w, "status", "passed");
        Level(w);
        Text(w, "languageOfInstruction", "en");
        w.WriteEndElement();
        w.WriteEndElement();
        foreach (var course in Courses)
        {
            w.WriteStartElement("hasPart", Namespace);
            Opportunity(w, course, term);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Level(XmlWriter w)
    {
        w.WriteStartElement("level", Namespace);
        Text(w, "type", "EQF");
        Text(w, "description", "European Qualifications Framework");
        Text(w, "value", "6");
        w.WriteEndElement();
    }

    private static void Opportunity(XmlWriter w, Course c, (DateTimeOffset Start, DateTimeOffset End) term)
    {
        w.WriteStartElement("learningOpportunitySpecification", Namespace);
        Text(w, "identifier", c.Code, ("type", "local"));
        Text(w, "title", c.En, ("xml:lang", "en"));
        Text(w, "title", c.Lv, ("xml:lang", "lv"));
        Text(w, "type", "Course");
        Text(w, "iscedCode", c.Isced);
        Text(w, "description", c.OutcomesEn, ("xml:lang", "en"));
        Text(w, "description", c.OutcomesLv, ("xml:lang", "lv"));
        w.WriteStartElement("specifies", Namespace);
        w.WriteStartElement("learningOpportunityInstance", Namespace);
        Text(w, "start", Day(term.Start));
        Text(w, "date", Day(term.End));
        w.WriteStartElement("academicTerm", Namespace);
        Text(w, "title", $"Exchange semester {Day(term.Start)} to {Day(term.End)}", ("xml:lang", "en"));
        Text(w, "start", Day(term.Start));
        Text(w, "end", Day(term.End));
        w.WriteEndElement();
        Text(w, "status", c.Status);
        Text(w, "gradingSchemeLocalId", GradingScheme);
        Text(w, "resultLabel", c.Grade);
        w.WriteStartElement("resultDistribution", Namespace);
        foreach (var (label, count) in new[] { ("10", 3), ("9", 7), ("8", 11), ("7", 9), ("6", 6), ("5", 4), ("4", 2), ("1-3", 5) })
        {
            w.WriteStartElement("category", Namespace);
            w.WriteAttributeString("label", label);
            w.WriteAttributeString("count", count.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("credit", Namespace);
        Text(w, "scheme", "ects");
        Text(w, "value", c.Ects.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
        Level(w);
        Text(w, "languageOfInstruction", c.Code.StartsWith("LAT", StringComparison.Ordinal) ? "lv" : "en");
        Text(w, "engagementHours", (c.Ects * 26).ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, string name, string text, (string Name, string Value)? attribute = null)
    {
        w.WriteStartElement(name, Namespace);
        if (attribute is { Name: "xml:lang" } lang)
        {
            w.WriteAttributeString("xml", "lang", null, lang.Value);
        }
        else if (attribute is { } a)
        {
            w.WriteAttributeString(a.Name, a.Value);
        }

        w.WriteString(text);
        w.WriteEndElement();
    }

    private static string Day(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
