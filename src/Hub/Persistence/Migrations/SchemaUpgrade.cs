namespace Exchange.Hub.Persistence.Migrations;

/// <summary>The schema version a database had before the migrator ran (0: none), and has now.</summary>
internal readonly record struct SchemaUpgrade(int From, int To);
