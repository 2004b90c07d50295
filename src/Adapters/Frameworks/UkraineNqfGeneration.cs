namespace Exchange.Adapters.Frameworks;

/// <summary>
/// The three numbering schemes of the Ukrainian NQF that appear on documents in circulation
/// (reference §1.2). "NQF 7" means master in 2011 and 2020 numbering but bachelor in 2017 numbering.
/// </summary>
public enum UkraineNqfGeneration
{
    Unspecified = 0,

    /// <summary>CMU Resolution No 1341 of 23.11.2011, levels 0–9 [U5][U8].</summary>
    Cmu1341Of2011,

    /// <summary>Law "On Education" No 2145-VIII of 05.09.2017, levels 0–10 [U5][U6].</summary>
    LawOnEducation2017,

    /// <summary>CMU Resolution No 519 of 25.06.2020, levels 0–8, equal to EQF 1–8 [U1][U2].</summary>
    Cmu519Of2020,
}
