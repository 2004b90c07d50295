namespace Exchange.Hub.Persistence.Indexes;

/// <summary>Every index table of this folder, once per dialect, applied when the hub first uses them.</summary>
internal static class IndexTables
{
    public const string Sqlite = RegistryDirectorySql.CreateSqlite + OpenRegistrySql.CreateSqlite + ReviewQueueSql.CreateSqlite
        + PeerOutboxSql.CreateSqlite;

    public const string Postgres = RegistryDirectorySql.CreatePostgres + OpenRegistrySql.CreatePostgres + ReviewQueueSql.CreatePostgres
        + PeerOutboxSql.CreatePostgres;
}
