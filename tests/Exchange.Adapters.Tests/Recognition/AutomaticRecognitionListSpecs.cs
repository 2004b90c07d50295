using Exchange.Adapters.Common;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Tests.Support;

namespace Exchange.Adapters.Tests.Recognition;

/// <summary>The automatic recognition lists as the rules read them: a lookup that names the list relied on.</summary>
public sealed partial class AutomaticRecognitionListSpecs
{
    private static readonly ResourceManager Messages = new("Exchange.Adapters.Messages.Autolist", typeof(RecognitionRules).Assembly);

    [Fact]
    public void A_provider_on_a_list_in_force_is_looked_up_with_the_list_version_and_legal_basis()
    {
        var list = Samples.LeadingProviders(7, "ua-kpi");

        var basis = Samples.KazakhPolicyWith(list).AutomaticBasisFor("ua-kpi");

        Assert.Equal(new AutomaticRecognitionBasis("kz-leading-providers", 7, list.Name, list.LegalBasis, "ua-kpi"), basis);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("lv-rtu")]
    [InlineData("UA-KPI")]
    public void An_unlisted_or_missing_provider_has_no_basis(string? provider) =>
        Assert.Null(Samples.KazakhPolicyWith(Samples.LeadingProviders(1, "ua-kpi")).AutomaticBasisFor(provider));

    [Fact]
    public void A_withdrawn_list_is_not_relied_on_even_when_it_names_the_provider()
    {
        var policy = Samples.KazakhPolicyWith(Samples.LeadingProviders(2, "ua-kpi") with { Active = false });

        Assert.Null(policy.AutomaticBasisFor("ua-kpi"));
    }

    [Fact]
    public void The_same_lists_in_any_order_give_the_same_basis()
    {
        var a = Samples.LeadingProviders(3, "kz-kaznu");
        var b = Samples.LeadingProviders(1, "kz-kaznu") with { Id = "kz-a-list" };

        Assert.Equal("kz-a-list", Samples.KazakhPolicyWith(a, b).AutomaticBasisFor("kz-kaznu")?.ListId);
        Assert.Equal("kz-a-list", Samples.KazakhPolicyWith(b, a).AutomaticBasisFor("kz-kaznu")?.ListId);
    }

    [Fact]
    public void Without_lists_nothing_is_recognised_automatically_and_quality_is_compared()
    {
        var credential = Samples.UkrainianMicro with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly) };

        var assessment = Assess([credential], Samples.Policy(CountryCodes.Kazakhstan));

        Assert.Null(assessment.AutomaticBasis);
        Assert.Equal("quality.unverified", assessment[Criterion.Quality].MessageKey);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("lv")]
    public void Every_autolist_explanation_has_a_template_in_each_language_with_the_same_arguments(string language)
    {
        foreach (var explanation in AutolistExplanations())
        {
            var template = Messages.GetString(explanation.MessageKey, language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language));

            Assert.False(string.IsNullOrWhiteSpace(template), $"{explanation.MessageKey} has no {language} template");
            var placeholders = Placeholder().Matches(template!).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            Assert.True(placeholders.SetEquals(explanation.Arguments.Select(a => a.Name)), $"{explanation.MessageKey} ({language}): {template}");
            if (language == "en")
            {
                var rendered = Placeholder().Replace(template!, m => explanation.Arguments.Single(a => a.Name == m.Groups[1].Value).Value);
                Assert.Equal(explanation.Explanation, rendered);
            }
        }
    }

    private static List<CriterionAssessment> AutolistExplanations()
    {
        var listed = Samples.LatvianMicro with { QualityAssurance = new QualityAssurance(QualityAssuranceType.InternalOnly) };
        var policy = Samples.KazakhPolicyWith(Samples.LeadingProviders(4, "lv-rtu"));
        var found = Assess([listed], policy).Criteria.Concat(Assess([listed, Samples.KazakhMicro], policy).Criteria)
            .Where(c => c.MessageKey.StartsWith("autolist.", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(["autolist.outcomes", "autolist.quality", "autolist.quality_in_part"], found.Select(c => c.MessageKey).Order(StringComparer.Ordinal));
        return found;
    }

    private static RecognitionAssessment Assess(IReadOnlyList<Credential> credentials, RecognitionPolicy policy) =>
        RecognitionRules.Default.Assess(credentials, RecognitionRules.Default.Prepare(Samples.KazakhCourse), RecognitionPurpose.CreditTransfer, policy, Samples.AssessmentDate);

    [GeneratedRegex(@"\{([a-z_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
