namespace Exchange.Hub.Web.Printing;

/// <summary>Breaks text into lines no wider than a width, by words; a word wider than a whole line (a long link, a
/// registry number) is broken between letters. Line breaks in the text are kept. Pure, given how wide a piece is.</summary>
public static class TextLines
{
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, Func<string, double> widthOf)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (widthOf(candidate) <= maxWidth)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (widthOf(line) > maxWidth && line.Length > 1)
                {
                    var fits = Fitting(line, maxWidth, widthOf);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    // The longest prefix that fits, at least one letter (a single glyph wider than the line still has to go somewhere).
    private static int Fitting(string word, double maxWidth, Func<string, double> widthOf)
    {
        var count = 1;
        while (count < word.Length && widthOf(word[..(count + 1)]) <= maxWidth)
        {
            count++;
        }

        return count;
    }
}
