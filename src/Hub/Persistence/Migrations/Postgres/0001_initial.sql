-- Migration 0001 (PostgreSQL): the schema as it was before numbered migrations. Orleans ADO.NET
-- clustering, grain persistence and reminders, and the hub's own case index and credential recognitions.
--
-- Orleans' ADO.NET providers ship no SQL. They read every statement they run from OrleansQuery by key,
-- bind parameters by name and read results by column name (contract:
-- shared/design/orleans-postgres-contract.md). This file is ours; it is embedded in Exchange.Hub and
-- applied by SchemaMigrator (through PostgresSchema.ApplyAsync) at start-up in cluster mode.
--
-- Rules for this file:
--   * Never edit it: a change is a new numbered migration (docs/architecture.md, "Where to add ... a table").
--   * Idempotent, unlike later migrations need be: every object is CREATE ... IF NOT EXISTS and every query
--     row an upsert. A database made by the hub before migrations existed (no exchange_schema_history, an
--     ExchangeSchemaVersion row) is adopted by applying this file to it, which completes whatever that
--     older hub had made and changes nothing else.
--   * Identifiers are unquoted (PostgreSQL folds them to lower case); Npgsql matches result columns
--     case-insensitively, so Orleans finds "Version", "NewGrainStateVersion" etc.
--   * Timestamps are timestamptz: Orleans binds DateTime parameters as DbType.DateTime with Kind=Utc,
--     which Npgsql sends as timestamptz, and reads them back as UTC DateTimes.

-- Hubs may start several silos at once against an empty database. CREATE ... IF NOT EXISTS is not safe
-- under concurrency (two sessions can both decide to create and one fails on the catalog's unique index),
-- the whole run serialises on a transaction-scoped advisory lock. The key is an arbitrary constant
-- reserved for the schema ("Exchange" schema, 0x45584348 = 'EXCH'). The migrator takes it before any
-- migration (PostgresSchema.AdvisoryLockKey); taking it again here is a no-op for the holder.
SELECT pg_advisory_xact_lock(1163412296);

CREATE TABLE IF NOT EXISTS ExchangeSchemaVersion
(
    Component  varchar(64) NOT NULL PRIMARY KEY,
    Version    integer     NOT NULL,
    AppliedOn  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey   varchar(64)   NOT NULL PRIMARY KEY,
    QueryText  varchar(8000) NOT NULL
);

-- ---------------------------------------------------------------------------------------------------
-- Clustering (membership). One version row per deployment (= ClusterId) is the optimistic-concurrency
-- token for the whole membership table: every insert/update of a silo row must name the version it read
-- and bumps it in the same statement.
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId  varchar(150) NOT NULL PRIMARY KEY,
    Timestamp     timestamptz  NOT NULL DEFAULT now(),
    Version       integer      NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId  varchar(150)  NOT NULL
        REFERENCES OrleansMembershipVersionTable (DeploymentId) ON DELETE CASCADE,
    Address       varchar(45)   NOT NULL,
    Port          integer       NOT NULL,
    Generation    integer       NOT NULL,
    SiloName      varchar(150)  NOT NULL,
    HostName      varchar(150)  NOT NULL,
    Status        integer       NOT NULL,
    ProxyPort     integer       NULL,
    SuspectTimes  varchar(8000) NULL,
    StartTime     timestamptz   NOT NULL,
    IAmAliveTime  timestamptz   NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- ---------------------------------------------------------------------------------------------------
-- Grain persistence. Orleans looks rows up by two int hashes plus the natural key columns that resolve
-- hash collisions. Unlike a plain index on the hashes, the unique index below also makes a duplicate row
-- for one grain impossible: two activations racing to insert the first state cannot both win. Wide text
-- columns enter the index as md5 digests to stay far below the btree row limit; NULLS NOT DISTINCT
-- (PostgreSQL 15+) makes "no key extension" one value, matching the "both null or equal" rule.
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash             integer      NOT NULL,
    GrainIdN0               bigint       NOT NULL,
    GrainIdN1               bigint       NOT NULL,
    GrainTypeHash           integer      NOT NULL,
    GrainTypeString         varchar(512) NOT NULL,
    GrainIdExtensionString  varchar(512) NULL,
    ServiceId               varchar(150) NOT NULL,
    PayloadBinary           bytea        NULL,
    ModifiedOn              timestamptz  NOT NULL,
    Version                 integer      NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain
    ON OrleansStorage (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId,
                       md5(GrainTypeString), md5(GrainIdExtensionString))
    NULLS NOT DISTINCT;

-- ---------------------------------------------------------------------------------------------------
-- Reminders. GrainHash is Orleans' uniform hash (uint) stored as a signed int; the range queries compare
-- it signed, exactly as the provider chooses between ReadRangeRows1Key and ReadRangeRows2Key.
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId     varchar(150) NOT NULL,
    GrainId       varchar(150) NOT NULL,
    ReminderName  varchar(150) NOT NULL,
    StartTime     timestamptz  NOT NULL,
    Period        bigint       NOT NULL,
    GrainHash     integer      NOT NULL,
    Version       integer      NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

-- ---------------------------------------------------------------------------------------------------
-- The hub's case index (not Orleans'): one row per recognition case, kept current by the case grain
-- (Persistence/CaseIndex/CaseIndexSql.cs holds the statements, shared with the embedded SQLite file).
-- It serves each institution's case list and tells a restarted hub which cases to resume. Times are
-- UTC ticks (bigint), as in the embedded file.
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS exchange_case_index
(
    service_id     text    NOT NULL,
    institution_id text    NOT NULL,
    case_id        text    NOT NULL,
    version        bigint  NOT NULL,
    status         integer NOT NULL,
    purpose        integer NOT NULL,
    received_ticks bigint  NOT NULL,
    updated_ticks  bigint  NOT NULL,
    PRIMARY KEY (service_id, institution_id, case_id)
);

CREATE INDEX IF NOT EXISTS ix_exchange_case_index_received
    ON exchange_case_index (service_id, institution_id, received_ticks);
CREATE INDEX IF NOT EXISTS ix_exchange_case_index_status
    ON exchange_case_index (service_id, status);

-- ---------------------------------------------------------------------------------------------------
-- The hub's credential recognitions (not Orleans'): one row per decision a peer hub took on one of this
-- hub's credentials, for the learner's record (Persistence/Recognitions/CredentialRecognitionSql.cs holds
-- the statements, shared with the embedded file). The delivering message (sender, sequence) tells a retry
-- of the recording message from another message carrying the same decision. The record is Orleans'
-- binary form, as grain state is.
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS exchange_credential_recognition
(
    service_id         text   NOT NULL,
    credential_id      text   NOT NULL,
    recognising_hub_id text   NOT NULL,
    decision_id        text   NOT NULL,
    sender_hub_id      text   NOT NULL,
    sequence           bigint NOT NULL,
    recorded_ticks     bigint NOT NULL,
    record             bytea  NOT NULL,
    PRIMARY KEY (service_id, credential_id, recognising_hub_id, decision_id)
);

-- ---------------------------------------------------------------------------------------------------
-- Queries. Each is a single statement, so it is atomic even under autocommit; "true/false" results are
-- one row with one integer column (1 success, 0 failure). Data-modifying CTEs chain the steps so a later
-- step only runs when the earlier one took effect, which means a failed check writes nothing.
-- ---------------------------------------------------------------------------------------------------
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Clustering -----------------------------------------------------------------------------------------
('InsertMembershipVersionKey', $q$
    WITH inserted AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer FROM inserted;
$q$),

-- The version row is locked FOR UPDATE first: a concurrent writer waits, then re-checks Version against
-- the committed value and finds nothing. The silo row is inserted only under a matching version and the
-- version is bumped only if the insert happened (an existing silo row yields 0 and changes nothing).
('InsertMembershipKey', $q$
    WITH expected AS (
        SELECT DeploymentId
        FROM OrleansMembershipVersionTable
        WHERE DeploymentId = @DeploymentId AND Version = @Version
        FOR UPDATE
    ), inserted AS (
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        SELECT e.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
        FROM expected e
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING
        RETURNING DeploymentId
    ), bumped AS (
        UPDATE OrleansMembershipVersionTable v
        SET Version = v.Version + 1, Timestamp = now()
        WHERE v.DeploymentId IN (SELECT DeploymentId FROM inserted)
        RETURNING 1
    )
    SELECT count(*)::integer FROM bumped;
$q$),

-- Same pattern as InsertMembershipKey. IAmAliveTime never moves backwards (a delayed write must not make
-- a live silo look stale).
('UpdateMembershipKey', $q$
    WITH expected AS (
        SELECT DeploymentId
        FROM OrleansMembershipVersionTable
        WHERE DeploymentId = @DeploymentId AND Version = @Version
        FOR UPDATE
    ), updated AS (
        UPDATE OrleansMembershipTable m
        SET Status = @Status,
            SuspectTimes = @SuspectTimes,
            IAmAliveTime = GREATEST(m.IAmAliveTime, @IAmAliveTime)
        FROM expected e
        WHERE m.DeploymentId = e.DeploymentId
          AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
        RETURNING m.DeploymentId
    ), bumped AS (
        UPDATE OrleansMembershipVersionTable v
        SET Version = v.Version + 1, Timestamp = now()
        WHERE v.DeploymentId IN (SELECT DeploymentId FROM updated)
        RETURNING 1
    )
    SELECT count(*)::integer FROM bumped;
$q$),

-- Heartbeat: deliberately outside the version protocol (Orleans never checks its result).
('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
    WHERE DeploymentId = @DeploymentId
      AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),

-- Driven from the version row so the version comes back even without a silo row: Orleans reads the
-- table version from the first row and treats a row without StartTime as "no entry".
('MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
           ON m.DeploymentId = v.DeploymentId
          AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$q$),

('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),

-- Silo rows go with the version row (ON DELETE CASCADE).
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),

-- Only Dead (6) rows are pruned; a silo in any other state still matters to the membership protocol.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6 AND IAmAliveTime < @IAmAliveTime;
$q$),

-- Not read by 10.4.2; newer providers prune one Dead row at a time, matching the values they read.
-- Present so a provider upgrade does not need a schema change first.
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
      AND Address = @Address AND Port = @Port AND Generation = @Generation
      AND IAmAliveTime = @IAmAliveTime AND StartTime = @StartTime
      AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$q$),

-- Grain persistence --------------------------------------------------------------------------------
-- Orleans reads PayloadBinary and Version by name; the second column is the storage's current UTC time.
('ReadFromStorageKey', $q$
    SELECT PayloadBinary, now() AS ReadOn, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId;
$q$),

-- Update when the caller holds the stored version, insert version 1 when the caller has never seen a row.
-- Always one row back: the new version on success, otherwise the caller's version unchanged (NULL for a
-- lost first insert), which Orleans turns into InconsistentStateException.
('WriteToStorageKey', $q$
    WITH updated AS (
        UPDATE OrleansStorage
        SET PayloadBinary = @PayloadBinary, ModifiedOn = now(), Version = Version + 1
        WHERE @GrainStateVersion IS NOT NULL
          AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
          AND GrainTypeString = @GrainTypeString
          AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
          AND ServiceId = @ServiceId
          AND Version = @GrainStateVersion
        RETURNING Version
    ), inserted AS (
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
             ServiceId, PayloadBinary, ModifiedOn, Version)
        SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString,
               @ServiceId, @PayloadBinary, now(), 1
        WHERE @GrainStateVersion IS NULL
        ON CONFLICT DO NOTHING
        RETURNING Version
    )
    SELECT COALESCE((SELECT Version FROM updated), (SELECT Version FROM inserted),
                    CAST(@GrainStateVersion AS integer)) AS NewGrainStateVersion;
$q$),

-- Keeps the row (and its version history) and nulls the payload; same result convention as the write.
('ClearStorageKey', $q$
    WITH cleared AS (
        UPDATE OrleansStorage
        SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
        WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
          AND GrainTypeString = @GrainTypeString
          AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
          AND ServiceId = @ServiceId
          AND Version = @GrainStateVersion
        RETURNING Version
    )
    SELECT COALESCE((SELECT Version FROM cleared), CAST(@GrainStateVersion AS integer)) AS NewGrainStateVersion;
$q$),

-- Used instead of ClearStorageKey when the storage option DeleteStateOnClear is set. Returns the deleted
-- version + 1 on success (a value the caller did not hold, so it counts as progress) and the caller's
-- version unchanged on a stale ETag.
('DeleteStorageKey', $q$
    WITH deleted AS (
        DELETE FROM OrleansStorage
        WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
          AND GrainTypeString = @GrainTypeString
          AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
          AND ServiceId = @ServiceId
          AND Version = @GrainStateVersion
        RETURNING Version
    )
    SELECT COALESCE((SELECT Version + 1 FROM deleted), CAST(@GrainStateVersion AS integer)) AS NewGrainStateVersion;
$q$),

-- Reminders ---------------------------------------------------------------------------------------
('UpsertReminderRowKey', $q$
    INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
    SET StartTime = EXCLUDED.StartTime,
        Period = EXCLUDED.Period,
        GrainHash = EXCLUDED.GrainHash,
        Version = OrleansRemindersTable.Version + 1
    RETURNING Version;
$q$),

('ReadReminderRowsKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$),

('ReadReminderRowKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$),

-- Ring range (BeginHash, EndHash] when BeginHash < EndHash ...
('ReadRangeRows1Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
$q$),

-- ... and the wrapped range otherwise: everything above BeginHash plus everything up to EndHash.
('ReadRangeRows2Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),

('DeleteReminderRowKey', $q$
    WITH deleted AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
          AND Version = @Version
        RETURNING 1
    )
    SELECT count(*)::integer FROM deleted;
$q$),

('DeleteReminderRowsKey', $q$
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- The version record of the hub before migrations; 0002 retires it for exchange_schema_history.
INSERT INTO ExchangeSchemaVersion (Component, Version) VALUES ('orleans', 1)
ON CONFLICT (Component) DO UPDATE
SET Version = GREATEST(ExchangeSchemaVersion.Version, EXCLUDED.Version),
    AppliedOn = CASE WHEN EXCLUDED.Version > ExchangeSchemaVersion.Version
                     THEN now() ELSE ExchangeSchemaVersion.AppliedOn END;
