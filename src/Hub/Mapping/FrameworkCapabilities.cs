using Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>The qualification frameworks (and level schemes) this hub's rules can read, as the contracts name them.</summary>
internal static class FrameworkCapabilities
{
    private static readonly (QualificationFramework Framework, string[] Versions)[] Known =
    [
        (QualificationFramework.Eqf, ["2017"]),
        (QualificationFramework.QfEhea, ["2018"]),
        (QualificationFramework.UaNqf, ["CMU-1341-2011", "LoE-2017", "CMU-519-2020"]),
        (QualificationFramework.KzNqf, []),
        (QualificationFramework.LvLqf, []),
        (QualificationFramework.LvPql, ["before-2022-08-01", "from-2022-08-01"]),
    ];

    public static IEnumerable<FrameworkRef> Describe() =>
        Known.Select(k => new FrameworkRef { Framework = k.Framework, Versions = { k.Versions } });
}
