using System.Xml.Linq;

namespace Exchange.Adapters.Tests.Messages;

/// <summary>Reads the message catalogue's resx files from the source tree: topic → language → key → template.</summary>
internal static class MessageFiles
{
    public static readonly string[] Languages = ["en", "uk", "kk", "ru", "lv"];

    /// <summary>The Messages folders of the Adapters and the hub, found from the test's output folder upwards.</summary>
    public static IReadOnlyList<string> Folders()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Exchange.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return [.. new[] { Path.Combine(dir.FullName, "src", "Adapters", "Messages"), Path.Combine(dir.FullName, "src", "Hub", "Messages") }.Where(Directory.Exists)];
    }

    /// <summary>Every topic file (without language and extension) with its folder.</summary>
    public static IReadOnlyList<(string Folder, string Topic)> Topics() =>
        [.. Folders().SelectMany(f => Directory.GetFiles(f, "*.resx").Select(p => (f, Path.GetFileName(p).Split('.')[0])))
            .Distinct().OrderBy(t => t.Item2, StringComparer.Ordinal)];

    public static string PathOf(string folder, string topic, string language) =>
        Path.Combine(folder, language == "en" ? topic + ".resx" : $"{topic}.{language}.resx");

    public static IReadOnlyDictionary<string, string> Entries(string path) =>
        File.Exists(path)
            ? XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
