using System.Text.RegularExpressions;
using Exchange.Hub.Identity.Store;
using Exchange.Hub.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Exchange.Hub.Tests.Identity;

/// <summary>
/// The identity tables are made by our numbered migrations, not by EF Core at run time; these specs hold the migration
/// of each dialect to the DDL EF Core itself would write for the model, so the model and the tables cannot drift apart.
/// </summary>
public sealed partial class IdentitySchemaSpecs
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void The_identity_migration_creates_exactly_the_tables_of_the_model(string dialect)
    {
        var migrations = dialect == "Sqlite" ? MigrationSet.Sqlite : MigrationSet.Postgres;
        var migration = Assert.Single(migrations.All, m => m.Name == "identity");
        var expected = CreateScript(dialect);
        if (Normalised(expected) != Normalised(migration.Script))
        {
            // The text to commit when the model changed on purpose (as a new migration, never an edit of this one).
            File.WriteAllText(Path.Combine(Path.GetTempPath(), $"identity-{dialect}.sql"), expected);
        }

        Assert.Equal(Normalised(expected), Normalised(migration.Script));
    }

    internal static string CreateScript(string dialect)
    {
        var options = new DbContextOptionsBuilder<IdentityDbContext>();
        if (dialect == "Sqlite")
        {
            options.UseSqlite("Data Source=:memory:");
        }
        else
        {
            options.UseNpgsql("Host=127.0.0.1");
        }

        options.UseOpenIddict();
        using var db = new IdentityDbContext(options.Options);
        return db.Database.GenerateCreateScript();
    }

    private static string Normalised(string sql) =>
        Whitespace().Replace(string.Join('\n', sql.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
