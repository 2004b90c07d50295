using Exchange.Adapters.Grades;
using RecognitionRules = Exchange.Adapters.Recognition.RecognitionRules;
using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Mapping;
using Exchange.Hub.Tests.Registry;
using Grpc.Core;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>Grade tables through the hub: the issuer's shares and the target's distribution reach the rules (they were
/// dropped before), and tables that are not tables are refused naming the path of each fault.</summary>
public sealed class GradeTableMappingSpecs
{
    /// <summary>A Ukrainian issuer's Diploma Supplement 4.4 table with the reference group's shares, best first.</summary>
    internal static GradeBandTable IssuerTable()
    {
        var table = new GradeBandTable { ReferenceGroup = "ISCED-F 0613", Period = "2022-2024", Source = "Diploma Supplement 4.4" };
        table.Bands.Add(Band("A", "90", "100", "A", "5", true, "14"));
        table.Bands.Add(Band("B", "82", "89", "B", "4", true, "21"));
        table.Bands.Add(Band("C", "75", "81", "C", "4", true, "30"));
        table.Bands.Add(Band("D", "64", "74", "D", "3", true, "22"));
        table.Bands.Add(Band("E", "60", "63", "E", "3", true, "13"));
        table.Bands.Add(Band("FX", "35", "59", "FX", "2", false, ""));
        table.Bands.Add(Band("F", "0", "34", "F", "2", false, ""));
        return table;
    }

    /// <summary>The host's table for the same reference group, by ECTS letter of its own 100-point bands.</summary>
    internal static GradeBandTable HostTable()
    {
        var table = new GradeBandTable { ReferenceGroup = "ISCED-F 0613", Period = "2022-2024" };
        foreach (var (label, share) in new[] { ("A", "8"), ("B", "20"), ("C", "32"), ("D", "25"), ("E", "15") })
        {
            table.Bands.Add(new V1.GradeBand { Label = label, SharePercent = share, Passing = true });
        }

        return table;
    }

    [Fact]
    public void The_issuers_shares_reach_the_rules_as_a_distribution_table_beside_its_bands()
    {
        var credential = Samples.IssueRequest("UA-KNU", "UA-L-1", "g-1").Credential;
        credential.Grade = new V1.Grade { Value = "85", ScaleId = "UA-100", IssuerBandTable = IssuerTable() };

        var grade = CredentialToDomain.Map(credential).Grade!;

        Assert.Equal("ISCED-F 0613, 2022-2024", grade.Distribution!.ReferenceGroup);
        Assert.Equal([("A", 14m), ("B", 21m), ("C", 30m), ("D", 22m), ("E", 13m)], grade.Distribution.BestFirst.Select(s => (s.Label, s.Percent)));
        var b = grade.IssuerBands!.Single(x => x.Label == "B");
        Assert.Equal(("B", "4", GradeMeaning.Good), (b.EctsLetter, b.National, b.Meaning));
    }

    [Fact]
    public void Cumulative_shares_alone_give_the_same_table()
    {
        var table = IssuerTable();
        var running = 0m;
        foreach (var band in table.Bands.Where(b => b.SharePercent.Length > 0))
        {
            running += decimal.Parse(band.SharePercent, System.Globalization.CultureInfo.InvariantCulture);
            band.CumulativePercent = running.ToString(System.Globalization.CultureInfo.InvariantCulture);
            band.SharePercent = "";
        }

        var distribution = GradeTableContract.Distribution(table, "UA-100")!;

        Assert.Equal([14m, 21m, 30m, 22m, 13m], distribution.BestFirst.Select(s => s.Percent));
    }

    [Fact]
    public void The_targets_distribution_goes_into_the_case_and_to_the_rules_on_the_host_countrys_scale()
    {
        var request = Request();

        var target = RecognitionRequestMapper.ToSubmission(request).Target;
        var rules = TargetTranslation.ToRules(target, "UA", RecognitionRules.Default, new DateOnly(2026, 3, 2));

        Assert.Equal("ISCED-F 0613, 2022-2024", target.HostGradeDistribution!.ReferenceGroup);
        Assert.Equal((GradeScales.Ukrainian100, 5), (rules.HostGradeScaleId, rules.HostGradeDistribution!.BestFirst.Count));
    }

    [Fact]
    public void A_table_with_shares_outside_0_to_100_overlapping_bands_or_a_falling_cumulative_share_is_refused_naming_each_path()
    {
        var request = Request();
        var bands = request.Target.Requirements.GradeDistribution.Bands;
        bands[0].SharePercent = "120";
        bands[1].SharePercent = "-3";
        bands[2].SharePercent = "";
        bands[3].MinValue = "60";
        bands[3].MaxValue = "80";
        bands[4].MinValue = "75";
        bands[4].MaxValue = "85";
        bands[4].CumulativePercent = "50";
        bands.Add(new V1.GradeBand { Label = "FX", CumulativePercent = "40" });

        var refused = Assert.Throws<RpcException>(() => RecognitionRequestMapper.ToSubmission(request));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        const string At = "request.target.requirements.grade_distribution.bands";
        Assert.Equal(
            [$"{At}[0].share_percent", $"{At}[1].share_percent", $"{At}[2].share_percent", $"{At}[4].min_value", $"{At}[5].cumulative_percent"],
            RecognitionApiSpecs.Violations(refused));
    }

    private static RecognitionRequest Request()
    {
        var request = new SubmitRecognitionRequestRequest
        {
            Request = new RecognitionRequest
            {
                IdempotencyKey = "grades-1",
                RequesterInstitutionId = "UA-KPI",
                Purpose = RecognitionPurpose.CreditTransfer,
                Target = new RecognitionTarget
                {
                    Kind = TargetKind.Course,
                    TargetId = "kpi-da-210",
                    Title = new MultilingualText { Values = { new LocalizedText { Language = "uk", Text = "Аналіз даних" } } },
                    Requirements = new TargetRequirements { GradeDistribution = HostTable() },
                },
                Credentials = { new CredentialSource { Reference = new SharedCredentialRef { IssuingHubId = "hub-lv", CredentialId = "lv-mc-001", ShareCode = "K7Q-2MX-91P" } } },
            },
        };
        return request.Request;
    }

    private static V1.GradeBand Band(string label, string min, string max, string ects, string national, bool passing, string share) => new()
    {
        Label = label, MinValue = min, MaxValue = max, EctsGrade = ects, NationalGrade = national, Passing = passing, SharePercent = share,
    };
}
