using System.Text.RegularExpressions;
using System.Xml.Linq;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Learner;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>Every English text the learner's views look up, and every label and sentence their builders hand them,
/// has a translation (TranslationFilesSpecs holds the four languages to the same keys).</summary>
public sealed partial class LearnerPagesTranslationSpecs
{
    private static readonly string Views = RepositoryRoot.Combine("src", "Hub", "Web", "Pages", "My");

    private static readonly string Resources = RepositoryRoot.Combine("src", "Hub", "Web", "Resources", "Web", "Pages", "My");

    [Theory]
    [InlineData("Index")]
    [InlineData("Credential")]
    [InlineData("Share")]
    public void Every_text_a_view_looks_up_is_translated(string view)
    {
        var source = File.ReadAllText(Path.Combine(Views, view + ".cshtml"));
        var used = Lookup().Matches(source).Select(m => Regex.Unescape(m.Groups["key"].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Missing(view, used);
    }

    [Fact]
    public void The_list_translates_every_status_kind_unit_framework_and_level_sentence()
    {
        Missing("Index", [.. StatusBadge.CredentialLabels, .. CredentialLabels.All, .. LevelText.Templates]);
    }

    [Fact]
    public void The_credential_page_translates_every_label_recipient_and_form_message()
    {
        Missing("Credential",
        [
            .. StatusBadge.CredentialLabels, .. StatusBadge.ShareLabels, .. CredentialLabels.All, .. LevelText.Templates, .. ShareRecipient.Templates, .. ShareFormRules.Messages,
            "A revoked credential cannot be shared.", "An expired credential cannot be shared.",
        ]);
    }

    [Fact]
    public void The_share_page_translates_every_share_status_recipient_and_validity_sentence()
    {
        Missing("Share",
        [
            .. StatusBadge.ShareLabels, .. ShareRecipient.Templates, .. ValidityNote.Templates,
            ShareLinkView.MadeBeforeLinksWereKept,
        ]);
    }

    private static void Missing(string view, IEnumerable<string> keys)
    {
        foreach (var language in new[] { "uk", "kk", "ru", "lv" })
        {
            var translated = XDocument.Load(Path.Combine(Resources, $"{view}.{language}.resx")).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
            var missing = keys.Where(k => !translated.Contains(k)).Distinct().ToList();
            Assert.True(missing.Count == 0, $"{view}.{language}.resx lacks: {string.Join(" | ", missing)}");
        }
    }

    [GeneratedRegex("""L(?:\.GetString\(|\[)"(?<key>(?:[^"\\]|\\.)*)"[,\])]""")]
    private static partial Regex Lookup();
}
