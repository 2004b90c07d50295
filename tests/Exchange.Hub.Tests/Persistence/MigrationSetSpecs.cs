using Exchange.Hub.Persistence.Migrations;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>The numbered migration files each dialect embeds in the hub.</summary>
public sealed class MigrationSetSpecs
{
    public static TheoryData<string> Dialects => new() { "Postgres", "Sqlite" };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Each_dialect_numbers_its_migrations_from_one_without_gaps(string dialect)
    {
        var migrations = Set(dialect);

        Assert.Equal(Enumerable.Range(1, migrations.Latest), migrations.All.Select(migration => migration.Version));
        Assert.Equal("initial", migrations.All[0].Name);
        Assert.All(migrations.All, migration => Assert.False(string.IsNullOrWhiteSpace(migration.Script)));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void An_older_hubs_schema_is_the_first_migrations(string dialect)
    {
        var migrations = Set(dialect);

        var first = migrations.UpTo(1);

        Assert.Equal(1, first.Latest);
        Assert.Same(migrations.All[0].Script, first.All[0].Script);
        Assert.Equal(migrations.All.Skip(1), migrations.After(1));
    }

    private static MigrationSet Set(string dialect) => dialect == "Postgres" ? MigrationSet.Postgres : MigrationSet.Sqlite;
}
