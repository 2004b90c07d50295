using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Exchange.Hub.Persistence.Migrations;

/// <summary>
/// The numbered migrations of one SQL dialect: the <c>Persistence/Migrations/{dialect}/NNNN_name.sql</c> files embedded
/// in the hub. Numbers run 1, 2, 3 … without a gap, so a missing or doubled file stops the hub instead of skipping a change.
/// </summary>
internal sealed partial class MigrationSet
{
    private const string ResourcePrefix = "Exchange.Hub.Persistence.Migrations.";

    // The embedded files never change while the process runs: read each dialect's once.
    private static readonly Lazy<MigrationSet> PostgresSet = new(() => Load("Postgres"));
    private static readonly Lazy<MigrationSet> SqliteSet = new(() => Load("Sqlite"));

    private MigrationSet(string dialect, IReadOnlyList<Migration> migrations)
    {
        Dialect = dialect;
        All = migrations;
    }

    /// <summary>The cluster's database (Orleans' ADO.NET tables and the hub's own).</summary>
    public static MigrationSet Postgres => PostgresSet.Value;

    /// <summary>The embedded hub's <c>hub.db</c>.</summary>
    public static MigrationSet Sqlite => SqliteSet.Value;

    public string Dialect { get; }

    public IReadOnlyList<Migration> All { get; }

    public int Latest => All[^1].Version;

    /// <summary>The migrations up to <paramref name="version"/>: the schema an older hub brought a database to.</summary>
    public MigrationSet UpTo(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, Latest);
        return new MigrationSet(Dialect, All.Take(version).ToList());
    }

    /// <summary>The migrations a database at <paramref name="version"/> lacks, in order.</summary>
    public IEnumerable<Migration> After(int version) => All.Where(migration => migration.Version > version);

    private static MigrationSet Load(string dialect)
    {
        var assembly = typeof(MigrationSet).Assembly;
        var prefix = ResourcePrefix + dialect + ".";
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => Parse(dialect, name[prefix.Length..], Read(assembly, name)))
            .OrderBy(migration => migration.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"The {dialect} migrations must be numbered 1, 2, 3 … without gaps or doubles; found {migrations[i].Version} where {i + 1} belongs.");
            }
        }

        return migrations.Count > 0
            ? new MigrationSet(dialect, migrations)
            : throw new InvalidOperationException($"No {dialect} migrations are embedded in {assembly.GetName().Name} (resources '{prefix}*').");
    }

    private static Migration Parse(string dialect, string fileName, string script)
    {
        var match = FileName().Match(fileName);
        return match.Success
            ? new Migration(int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture), match.Groups["name"].Value, script)
            : throw new InvalidOperationException($"The {dialect} migration '{fileName}' is not named NNNN_lower_case_name.sql.");
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>[0-9]{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
