using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.Elmo;

/// <summary>
/// The ELMO documents the specs sign: the official ELMO v1 example (read from the shared samples, its own SHA-1
/// signature taken off, its SCHAC id turned into the test institution's) and an ELMO 2.x transcript written here — a
/// degree programme stating 180 ECTS with courses that state theirs again, a failed course, a module without credits,
/// an ECTS grade with its distribution.
/// </summary>
public static class ElmoFixtures
{
    public static readonly DateTimeOffset Generated = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static string OfficialExampleText() => File.ReadAllText(NodeScripts.Sample("elmo", "elmo-v1-official-example.xml"));

    /// <summary>The official example unsigned, its issuer the test institution (schac id), its PIC kept.</summary>
    public static XmlDocument OfficialExample()
    {
        var text = OfficialExampleText().Replace("<identifier type=\"schac\">uw.edu.pl</identifier>", $"<identifier type=\"schac\">{ElmoSigner.SchacId}</identifier>", StringComparison.Ordinal);
        var document = ElmoSigner.Load(Encoding.UTF8.GetBytes(text));
        var signature = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl)[0]!;
        signature.ParentNode!.RemoveChild(signature);
        return document;
    }

    public static XmlDocument Version2(string rootStatus = "passed", string schac = ElmoSigner.SchacId, string? secondReportSchac = null) =>
        ElmoSigner.Load(Encoding.UTF8.GetBytes(Version2Text(rootStatus, schac, secondReportSchac)));

    public static string Version2Text(string rootStatus = "passed", string schac = ElmoSigner.SchacId, string? secondReportSchac = null) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <elmo xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1">
          <generatedDate>2026-11-20T12:00:00+02:00</generatedDate>
          <learner>
            <citizenship>LV</citizenship>
            <identifier type="esi">urn:schac:personalUniqueCode:int:esi:lv:123456</identifier>
            <identifier type="nationalIdentifier">010203-12345</identifier>
            <givenNames>Anna</givenNames>
            <familyName>Bērziņa</familyName>
            <alternativeName xml:lang="ru">Анна Берзиня</alternativeName>
            <dateOfBirth>2001-02-03</dateOfBirth>
          </learner>
          <report>
            <issuer>
              <country>LV</country>
              <identifier type="pic">999888777</identifier>
              <identifier type="schac">{schac}</identifier>
              <title xml:lang="lv">Testa Universitāte</title>
              <title xml:lang="en">Test University</title>
              <url>https://www.test.example.edu</url>
            </issuer>
            <learningOpportunitySpecification>
              <identifier type="local">BSC-INF</identifier>
              <title xml:lang="en">Bachelor of Science in Informatics</title>
              <title xml:lang="lv">Dabaszinātņu bakalaurs datorzinātnēs</title>
              <type>Degree Programme</type>
              <iscedCode>0613</iscedCode>
              <specifies>
                <learningOpportunityInstance>
                  <start>2022-09-01</start>
                  <date>2026-06-30</date>
                  <status>{rootStatus}</status>
                  <gradingSchemeLocalId>ECTS-L</gradingSchemeLocalId>
                  <gradingSchemeExternalId>ECTS</gradingSchemeExternalId>
                  <resultLabel>B</resultLabel>
                  <resultDistribution>
                    <category label="A" count="10"/>
                    <category label="B" count="25"/>
                    <category label="C" count="30"/>
                    <category label="D" count="20"/>
                    <category label="E" count="15"/>
                  </resultDistribution>
                  <credit><scheme>ects</scheme><value>180</value></credit>
                  <level><type>EQF</type><value>6</value></level>
                  <level><type>LQF</type><description>Latvian Qualifications Framework</description><value>6</value></level>
                  <languageOfInstruction>lv</languageOfInstruction>
                </learningOpportunityInstance>
              </specifies>
              <hasPart>
                <learningOpportunitySpecification>
                  <identifier type="local">ALG</identifier>
                  <title xml:lang="en">Algorithms</title>
                  <title xml:lang="lv">Algoritmi</title>
                  <type>Course</type>
                  <description xml:lang="en">Designs and analyses sorting and graph algorithms.</description>
                  <specifies>
                    <learningOpportunityInstance>
                      <status>passed</status>
                      <resultLabel>A</resultLabel>
                      <credit><scheme>ects</scheme><value>6</value></credit>
                      <engagementHours>48</engagementHours>
                    </learningOpportunityInstance>
                  </specifies>
                </learningOpportunitySpecification>
              </hasPart>
              <hasPart>
                <learningOpportunitySpecification>
                  <identifier type="local">DB</identifier>
                  <title xml:lang="en">Databases</title>
                  <type>Course</type>
                  <specifies>
                    <learningOpportunityInstance>
                      <status>failed</status>
                      <resultLabel>FX</resultLabel>
                      <credit><scheme>ects</scheme><value>5</value></credit>
                    </learningOpportunityInstance>
                  </specifies>
                </learningOpportunitySpecification>
              </hasPart>
              <hasPart>
                <learningOpportunitySpecification>
                  <title xml:lang="en">Software engineering</title>
                  <type>Module</type>
                  <specifies><learningOpportunityInstance/></specifies>
                  <hasPart>
                    <learningOpportunitySpecification>
                      <title xml:lang="en">Testing</title>
                      <type>Course</type>
                      <specifies>
                        <learningOpportunityInstance>
                          <credit><scheme>ects</scheme><value>4</value></credit>
                          <engagementHours>32</engagementHours>
                        </learningOpportunityInstance>
                      </specifies>
                    </learningOpportunitySpecification>
                  </hasPart>
                </learningOpportunitySpecification>
              </hasPart>
            </learningOpportunitySpecification>
            <issueDate>2026-11-20T11:59:00+02:00</issueDate>
            <gradingScheme localId="ECTS-L">
              <description xml:lang="en">ECTS grading scale</description>
            </gradingScheme>
          </report>{SecondReport(secondReportSchac)}
        </elmo>
        """;

    /// <summary>A report of another institution, to see how one signature vouches for it.</summary>
    private static string SecondReport(string? schac) => schac is null ? "" : $"""

          <report>
            <issuer>
              <identifier type="schac">{schac}</identifier>
              <title xml:lang="en">Partner University</title>
              <url>https://partner.example.org</url>
            </issuer>
            <learningOpportunitySpecification>
              <title xml:lang="en">Exchange semester course</title>
              <type>Course</type>
              <specifies><learningOpportunityInstance><credit><scheme>ects</scheme><value>5</value></credit></learningOpportunityInstance></specifies>
            </learningOpportunitySpecification>
            <issueDate>2026-11-20T11:59:00+02:00</issueDate>
          </report>
        """;
}
