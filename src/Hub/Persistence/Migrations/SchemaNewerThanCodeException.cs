namespace Exchange.Hub.Persistence.Migrations;

/// <summary>
/// A newer hub has migrated the database further than this hub's migrations go. Older code could misread tables it does
/// not know the shape of, so the hub refuses to start rather than serve from them; schemas are never migrated down.
/// </summary>
public sealed class SchemaNewerThanCodeException(string dialect, int databaseVersion, int codeVersion)
    : InvalidOperationException(
        $"The {dialect} database is at schema version {databaseVersion}, but this hub knows migrations up to version {codeVersion} only. " +
        "Start it with a hub release at least as new as the one that migrated the database.")
{
    public int DatabaseVersion { get; } = databaseVersion;

    public int CodeVersion { get; } = codeVersion;
}
