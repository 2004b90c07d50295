using Exchange.Adapters.Common;
using Exchange.Adapters.Frameworks;

namespace Exchange.Adapters.Tests.Frameworks;

/// <summary>Golden values from reference.md §1 and §8; each row is one published mapping.</summary>
public class LevelMappingGoldenSpecs
{
    private static readonly LevelMapper Mapper = new(FrameworkTables.Default);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 5)]
    [InlineData(6, 6)]
    [InlineData(7, 7)]
    [InlineData(8, 8)]
    public void Ukrainian_2020_levels_equal_EQF(int nqf, int eqf)
    {
        var mapping = Mapper.ToEqf(new LevelClaim(QualificationFramework.UkraineNqf, nqf, "2020"), null);

        Assert.Equal(LevelRange.Exactly(eqf), mapping.Eqf);
        Assert.Equal(MappingMethod.Identity, mapping.Method);
    }

    [Fact]
    public void Ukrainian_level_0_has_no_EQF_partner()
    {
        var mapping = Mapper.ToEqf(new LevelClaim(QualificationFramework.UkraineNqf, 0, "2020"), null);

        Assert.False(mapping.IsMapped);
        Assert.Contains("no EQF partner", mapping.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, 5)] // junior bachelor
    [InlineData(7, 6)] // bachelor
    [InlineData(8, 7)] // master
    [InlineData(9, 8)] // PhD
    [InlineData(10, 8)] // Doctor of Sciences (unverified)
    public void Ukrainian_2017_numbering_is_translated_to_the_current_level(int printed, int eqf)
    {
        var mapping = Mapper.ToEqf(new LevelClaim(QualificationFramework.UkraineNqf, printed, "2017"), null);

        Assert.Equal(LevelRange.Exactly(eqf), mapping.Eqf);
        Assert.Equal(MappingMethod.LegacyGenerationTable, mapping.Method);
        Assert.False(mapping.Provenance.Verified);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 6)]
    [InlineData(7, 7)]
    [InlineData(8, 8)]
    [InlineData(9, 8)]
    public void Ukrainian_2011_numbering_is_translated_to_the_current_level(int printed, int eqf) =>
        Assert.Equal(LevelRange.Exactly(eqf), Mapper.ToEqf(new LevelClaim(QualificationFramework.UkraineNqf, printed, "2011"), null).Eqf);

    [Theory]
    [InlineData("2016-06-30", 7)] // 2011 numbering: 7 = master
    [InlineData("2017-09-27", 7)]
    [InlineData("2017-09-28", 6)] // 2017 numbering: 7 = bachelor
    [InlineData("2018-06-30", 6)]
    [InlineData("2020-06-30", 6)]
    [InlineData("2020-07-01", 7)] // 2020 numbering: 7 = master
    [InlineData("2024-06-30", 7)]
    public void The_document_date_selects_the_Ukrainian_generation_of_an_NQF_7(string issued, int eqf) =>
        Assert.Equal(LevelRange.Exactly(eqf), Mapper.ToEqf(new LevelClaim(QualificationFramework.UkraineNqf, 7), DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture)).Eqf);

    [Fact]
    public void A_declared_scheme_wins_over_the_document_date() =>
        Assert.Equal(LevelRange.Exactly(7), Mapper.ToEqf(new LevelClaim(QualificationFramework.UkraineNqf, 7, "2011"), new DateOnly(2018, 6, 30)).Eqf);

    [Fact]
    public void A_Ukrainian_level_without_scheme_or_date_is_not_guessed() =>
        Assert.False(Mapper.ToEqf(new LevelClaim(QualificationFramework.UkraineNqf, 7), null).IsMapped);

    [Theory]
    [InlineData(CountryCodes.Ukraine, "junior_bachelor", 5)]
    [InlineData(CountryCodes.Ukraine, "professional_junior_bachelor", 5)]
    [InlineData(CountryCodes.Ukraine, "junior_specialist", 5)]
    [InlineData(CountryCodes.Ukraine, "bachelor", 6)]
    [InlineData(CountryCodes.Ukraine, "master", 7)]
    [InlineData(CountryCodes.Ukraine, "specialist", 7)]
    [InlineData(CountryCodes.Ukraine, "integrated_master_medicine", 7)]
    [InlineData(CountryCodes.Ukraine, "phd", 8)]
    [InlineData(CountryCodes.Ukraine, "doctor_of_arts", 8)]
    [InlineData(CountryCodes.Kazakhstan, "bachelor", 6)]
    [InlineData(CountryCodes.Kazakhstan, "master", 7)]
    [InlineData(CountryCodes.Kazakhstan, "specialist", 7)]
    [InlineData(CountryCodes.Kazakhstan, "residency", 7)]
    [InlineData(CountryCodes.Kazakhstan, "phd", 8)]
    [InlineData(CountryCodes.Kazakhstan, "doctor_by_profile", 8)]
    [InlineData(CountryCodes.Latvia, "college_first_level_prof_he", 5)]
    [InlineData(CountryCodes.Latvia, "bachelor", 6)]
    [InlineData(CountryCodes.Latvia, "prof_bachelor", 6)]
    [InlineData(CountryCodes.Latvia, "master", 7)]
    [InlineData(CountryCodes.Latvia, "prof_master", 7)]
    [InlineData(CountryCodes.Latvia, "doctor", 8)]
    public void Degree_names_map_to_levels(string country, string degree, int eqf)
    {
        var mapping = Mapper.FromDegree(country, degree);

        Assert.Equal(LevelRange.Exactly(eqf), mapping.Eqf);
        Assert.Equal(MappingMethod.DegreeTable, mapping.Method);
    }

    [Fact]
    public void An_unknown_degree_is_reported_not_guessed() =>
        Assert.False(Mapper.FromDegree(CountryCodes.Latvia, "candidate_of_sciences").IsMapped);

    [Theory]
    [InlineData("6B06101", 6)]
    [InlineData("7M01501", 7)]
    [InlineData("7R01101", 7)]
    [InlineData("8D05401", 8)]
    public void Kazakh_programme_code_prefixes_give_the_level(string code, int eqf)
    {
        var mapping = Mapper.FromProgrammeCode(code);

        Assert.Equal(LevelRange.Exactly(eqf), mapping.Eqf);
        Assert.Equal(MappingMethod.ProgrammeCode, mapping.Method);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    public void Kazakh_NQF_is_taken_as_EQF_but_marked_unverified(int level)
    {
        var mapping = Mapper.ToEqf(new LevelClaim(QualificationFramework.KazakhstanNqf, level), null);

        Assert.Equal(LevelRange.Exactly(level), mapping.Eqf);
        Assert.False(mapping.Provenance.Verified);
    }

    [Fact]
    public void A_hub_that_verified_the_Kazakh_referencing_can_say_so_in_data()
    {
        var mapper = new LevelMapper(FrameworkTables.Default with { KazakhstanIdentityVerified = true });

        Assert.True(mapper.ToEqf(new LevelClaim(QualificationFramework.KazakhstanNqf, 6), null).Provenance.Verified);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Latvian_LQF_equals_EQF(int level) =>
        Assert.Equal(LevelRange.Exactly(level), Mapper.ToEqf(new LevelClaim(QualificationFramework.LatviaLqf, level), null).Eqf);

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(2, 3, 3)]
    [InlineData(3, 4, 4)]
    [InlineData(4, 5, 5)]
    [InlineData(5, 6, 7)]
    public void Latvian_professional_levels_before_August_2022_use_the_old_table(int pql, int min, int max) =>
        Assert.Equal(new LevelRange(min, max), Mapper.ToEqf(new LevelClaim(QualificationFramework.LatviaProfessionalLevel, pql), new DateOnly(2022, 7, 31)).Eqf);

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    public void Latvian_professional_levels_from_August_2022_equal_LQF(int pql) =>
        Assert.Equal(LevelRange.Exactly(pql), Mapper.ToEqf(new LevelClaim(QualificationFramework.LatviaProfessionalLevel, pql), new DateOnly(2022, 8, 1)).Eqf);

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 6)]
    [InlineData(2, 7)]
    [InlineData(3, 8)]
    public void QF_EHEA_cycles_bridge_to_EQF_and_back(int cycle, int eqf)
    {
        Assert.Equal(LevelRange.Exactly(eqf), Mapper.ToEqf(new LevelClaim(QualificationFramework.QfEhea, cycle), null).Eqf);
        Assert.Equal(cycle, Mapper.FromEqf(eqf, QualificationFramework.QfEhea).HostLevel?.Level);
    }

    [Fact]
    public void EQF_4_has_no_QF_EHEA_cycle() =>
        Assert.Null(Mapper.FromEqf(4, QualificationFramework.QfEhea).HostLevel);

    [Theory]
    [InlineData(QualificationFramework.UkraineNqf)]
    [InlineData(QualificationFramework.KazakhstanNqf)]
    [InlineData(QualificationFramework.LatviaLqf)]
    [InlineData(QualificationFramework.Eqf)]
    public void EQF_levels_map_into_each_host_framework_with_provenance(QualificationFramework host)
    {
        for (var eqf = 1; eqf <= 8; eqf++)
        {
            var mapping = Mapper.FromEqf(eqf, host);

            Assert.Equal(eqf, mapping.HostLevel?.Level);
            Assert.Equal(host, mapping.HostLevel?.Framework);
            Assert.NotEmpty(mapping.Provenance.SourceKeys);
        }
    }
}
