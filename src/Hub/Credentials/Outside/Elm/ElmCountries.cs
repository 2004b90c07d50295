namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>
/// Country concepts of the EU Publications Office authority table (http://publications.europa.eu/resource/authority/country/LVA)
/// as the ISO 3166-1 alpha-2 codes the Adapters' model holds ("LV"). The authority's codes are ISO alpha-3, plus
/// "1A0" for Kosovo (user-assigned XK); anything else is no country, so the issuer country stays missing.
/// </summary>
public static class ElmCountries
{
    private const string AuthorityPrefix = "http://publications.europa.eu/resource/authority/country/";

    // ISO 3166-1: each entry is the alpha-3 code followed by the alpha-2 code.
    private const string Table =
        "ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT AZEAZ BDIBI "
        + "BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO BRABR BRBBB BRNBN BTNBT "
        + "BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU "
        + "CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET "
        + "FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR "
        + "GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR "
        + "IRQIQ ISLIS ISRIL ITAIT JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB "
        + "LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH "
        + "MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA NCLNC NERNE "
        + "NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE PHLPH PLWPW PNGPG POLPL "
        + "PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ "
        + "SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC "
        + "TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY "
        + "USAUS UZBUZ VATVA VCTVC VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW "
        + "1A0XK XKXXK";

    private static readonly Dictionary<string, string> Alpha2 = Table
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToDictionary(e => e[..3], e => e[3..], StringComparer.OrdinalIgnoreCase);

    /// <summary>The alpha-2 code of a country concept URI (or of a bare alpha-3 code); null when it names none.</summary>
    public static string? Alpha2Of(string? concept)
    {
        if (concept is null)
        {
            return null;
        }

        var code = concept.StartsWith(AuthorityPrefix, StringComparison.OrdinalIgnoreCase) ? concept[AuthorityPrefix.Length..]
            : concept.StartsWith(AuthorityPrefix.Replace("http://", "https://", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) ? concept[(AuthorityPrefix.Length + 1)..]
            : concept;
        return Alpha2.TryGetValue(code, out var alpha2) ? alpha2 : null;
    }
}
